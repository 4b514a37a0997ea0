package id.aduan.complaint.store;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import id.aduan.models.status.ComplaintStatus;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.taxonomy.ReportType;
import id.aduan.models.ticket.TicketNumber;

/** Stores value types as their stable string codes ("ADU-2026-000001", "jalan-jembatan", "baru"). */
@Configuration(proxyBeanMethods = false)
public class StoredValueConversions {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(
                new TicketToString(), new StringToTicket(),
                new CategoryToString(), new StringToCategory(),
                new AgencyToString(), new StringToAgency(),
                new StatusToString(), new StringToStatus(),
                new ReportTypeToString(), new StringToReportType()));
    }

    @WritingConverter
    static final class TicketToString implements Converter<TicketNumber, String> {
        public String convert(TicketNumber source) {
            return source.toString();
        }
    }

    @ReadingConverter
    static final class StringToTicket implements Converter<String, TicketNumber> {
        public TicketNumber convert(String source) {
            return TicketNumber.parse(source);
        }
    }

    @WritingConverter
    static final class CategoryToString implements Converter<CategoryCode, String> {
        public String convert(CategoryCode source) {
            return source.value();
        }
    }

    @ReadingConverter
    static final class StringToCategory implements Converter<String, CategoryCode> {
        public CategoryCode convert(String source) {
            return CategoryCode.of(source);
        }
    }

    @WritingConverter
    static final class AgencyToString implements Converter<AgencyCode, String> {
        public String convert(AgencyCode source) {
            return source.value();
        }
    }

    @ReadingConverter
    static final class StringToAgency implements Converter<String, AgencyCode> {
        public AgencyCode convert(String source) {
            return AgencyCode.of(source);
        }
    }

    @WritingConverter
    static final class StatusToString implements Converter<ComplaintStatus, String> {
        public String convert(ComplaintStatus source) {
            return source.code();
        }
    }

    @ReadingConverter
    static final class StringToStatus implements Converter<String, ComplaintStatus> {
        public ComplaintStatus convert(String source) {
            return ComplaintStatus.fromCode(source)
                    .orElseThrow(() -> new IllegalArgumentException("unknown stored status: " + source));
        }
    }

    @WritingConverter
    static final class ReportTypeToString implements Converter<ReportType, String> {
        public String convert(ReportType source) {
            return source.code();
        }
    }

    @ReadingConverter
    static final class StringToReportType implements Converter<String, ReportType> {
        public ReportType convert(String source) {
            return ReportType.fromCode(source)
                    .orElseThrow(() -> new IllegalArgumentException("unknown stored report type: " + source));
        }
    }
}
