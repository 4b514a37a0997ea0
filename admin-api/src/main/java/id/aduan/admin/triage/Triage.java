package id.aduan.admin.triage;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import id.aduan.admin.complaint.TicketLookup;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintRepository;
import id.aduan.complaint.store.StoreDurability;
import id.aduan.models.taxonomy.AgencyCode;
import id.aduan.models.taxonomy.CategoryCode;
import id.aduan.models.taxonomy.Taxonomy;

/**
 * Applies an officer's action to a complaint. The complaint decides whether the move is allowed; the save is
 * optimistic (a concurrent change by someone else makes it fail instead of being overwritten).
 */
@Component
public class Triage {

    private static final int MAX_ATTEMPTS = 3;

    private final TicketLookup lookup;
    private final ComplaintRepository complaints;
    private final Taxonomy taxonomy;
    private final Optional<StoreDurability> durability;
    private final Clock clock;

    public Triage(TicketLookup lookup, ComplaintRepository complaints, Taxonomy taxonomy,
                  Optional<StoreDurability> durability, Clock clock) {
        this.lookup = lookup;
        this.complaints = complaints;
        this.taxonomy = taxonomy;
        this.durability = durability;
        this.clock = clock;
    }

    public Complaint verify(String ticket, String officer, String category, String agency, String note) {
        CategoryCode c = category == null ? null : knownCategory(category);
        AgencyCode a = agency == null ? null : knownAgency(agency);
        return apply(ticket, complaint -> complaint.verify(officer, c, a, note, clock.instant()));
    }

    public Complaint dispose(String ticket, String officer, String agency, String note) {
        AgencyCode a = agency == null ? null : knownAgency(agency);
        return apply(ticket, complaint -> complaint.dispose(officer, a, note, clock.instant()));
    }

    public Complaint followUp(String ticket, String officer, String note) {
        return apply(ticket, complaint -> complaint.followUp(officer, note, clock.instant()));
    }

    public Complaint complete(String ticket, String officer, String note) {
        return apply(ticket, complaint -> complaint.complete(officer, note, clock.instant()));
    }

    /** Asks the citizen for more information: the complaint waits (ditunda) until the answer comes. */
    public Complaint askCitizen(String ticket, String officer, String question) {
        return apply(ticket, complaint -> complaint.askCitizen(officer, question, clock.instant()));
    }

    public Complaint archive(String ticket, String officer, String reason) {
        return apply(ticket, complaint -> complaint.archive(officer, reason, clock.instant()));
    }

    /**
     * Loads, applies and saves. Delivering a notification also bumps the complaint's version, so a conflict is
     * usually the bot's bookkeeping, not another officer: reload and apply again (the complaint re-checks the
     * move each time); after a few tries the conflict is reported.
     */
    private Complaint apply(String ticket, Consumer<Complaint> action) {
        for (int attempt = 1; ; attempt++) {
            Complaint complaint = lookup.byTicket(ticket);
            action.accept(complaint);
            try {
                Complaint saved = complaints.save(complaint);
                durability.ifPresent(StoreDurability::flush);
                return saved;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private CategoryCode knownCategory(String code) {
        CategoryCode c = CategoryCode.of(code);
        if (!taxonomy.knows(c)) {
            throw new UnknownCode("category", code);
        }
        return c;
    }

    private AgencyCode knownAgency(String code) {
        AgencyCode a = AgencyCode.of(code);
        if (!taxonomy.knows(a)) {
            throw new UnknownCode("agency", code);
        }
        return a;
    }
}
