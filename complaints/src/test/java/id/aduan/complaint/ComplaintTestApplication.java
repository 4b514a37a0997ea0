package id.aduan.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import id.aduan.models.deadline.WorkingCalendar;

/** Boot configuration for this module's slice tests, with a clock fixed on a Monday in Jakarta. */
@SpringBootApplication
class ComplaintTestApplication {

    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @Bean
    WorkingCalendar workingCalendar() {
        return WorkingCalendar.indonesia();
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
