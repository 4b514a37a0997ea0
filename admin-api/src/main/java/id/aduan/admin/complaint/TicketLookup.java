package id.aduan.admin.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import id.aduan.admin.security.OfficerScope;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintNotFound;
import id.aduan.models.ticket.TicketNumber;

/**
 * Finds a complaint by the ticket number in a URL, within the caller's agencies (the scope is part of the query);
 * anything unknown, malformed or of another agency is "not found", so a 404 does not confirm that a ticket exists.
 */
@Component
public class TicketLookup {

    private final MongoOperations mongo;

    public TicketLookup(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** In the scope of the request's account. */
    public Complaint byTicket(String ticket) {
        return byTicket(ticket, OfficerScope.current());
    }

    public Complaint byTicket(String ticket, OfficerScope scope) {
        TicketNumber number = TicketNumber.tryParse(ticket).orElseThrow(() -> new ComplaintNotFound(ticket));
        Query query = new Query(where("ticket").is(number.toString()));
        scope.criteria().ifPresent(query::addCriteria);
        Complaint found = mongo.findOne(query, Complaint.class);
        if (found == null) {
            throw new ComplaintNotFound(ticket);
        }
        return found;
    }
}
