package id.aduan.complaint.ticket;

import static org.springframework.data.mongodb.core.FindAndModifyOptions.options;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import id.aduan.models.ticket.TicketNumber;

/**
 * Issues ticket numbers from one counter document per year, incremented atomically with findAndModify, so two
 * processes never hand out the same number. The year is the one in Jakarta.
 */
@Component
public class TicketNumbers {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final MongoOperations mongo;
    private final Clock clock;

    public TicketNumbers(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public TicketNumber next() {
        int year = LocalDate.now(clock.withZone(JAKARTA)).getYear();
        Counter counter = mongo.findAndModify(query(where("_id").is("ticket-" + year)),
                new Update().inc("seq", 1L), options().returnNew(true).upsert(true), Counter.class);
        return new TicketNumber(year, counter.seq());
    }

    @Document("counters")
    record Counter(@Id String id, long seq) {
    }
}
