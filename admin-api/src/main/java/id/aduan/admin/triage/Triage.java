package id.aduan.admin.triage;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import id.aduan.admin.audit.AuditLog;
import id.aduan.admin.complaint.TicketLookup;
import id.aduan.admin.complaint.UnknownValue;
import id.aduan.admin.learning.ClassifierLearning;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintRepository;
import id.aduan.complaint.store.StoreDurability;
import id.aduan.models.deadline.WorkingCalendar;
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
    private final ClassifierLearning learning;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final AuditLog audit;

    public Triage(TicketLookup lookup, ComplaintRepository complaints, Taxonomy taxonomy,
                  Optional<StoreDurability> durability, ClassifierLearning learning, WorkingCalendar calendar,
                  Clock clock, AuditLog audit) {
        this.audit = audit;
        this.lookup = lookup;
        this.complaints = complaints;
        this.taxonomy = taxonomy;
        this.durability = durability;
        this.learning = learning;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Verification; the officer's confirmation or correction of the suggestion is recorded for learning. */
    public Complaint verify(String ticket, String officer, String category, String agency, String note) {
        CategoryCode c = category == null ? null : knownCategory(category);
        AgencyCode a = agency == null ? null : knownAgency(agency);
        Complaint verified = apply(ticket, officer, "verify", note,
                complaint -> complaint.verify(officer, c, a, note, clock.instant()));
        learning.verified(verified, officer);
        return verified;
    }

    public Complaint dispose(String ticket, String officer, String agency, String note) {
        AgencyCode a = agency == null ? null : knownAgency(agency);
        return apply(ticket, officer, "dispose", note,
                complaint -> complaint.dispose(officer, a, note, clock.instant()));
    }

    public Complaint followUp(String ticket, String officer, String note) {
        return apply(ticket, officer, "follow-up", note,
                complaint -> complaint.followUp(officer, note, clock.instant()));
    }

    public Complaint complete(String ticket, String officer, String note) {
        return apply(ticket, officer, "complete", note,
                complaint -> complaint.complete(officer, note, clock.instant()));
    }

    /** Wrong agency: back to routing, with the reason the citizen reads. */
    public Complaint reroute(String ticket, String officer, String reason) {
        return apply(ticket, officer, "reroute", reason,
                complaint -> complaint.reroute(officer, reason, clock.instant()));
    }

    /** An internal note for other officers. */
    public Complaint addNote(String ticket, String officer, String text) {
        return apply(ticket, officer, "note", text,
                complaint -> complaint.addInternalNote(officer, text, clock.instant()));
    }

    /** Makes one officer responsible (null or blank to unassign). */
    public Complaint assign(String ticket, String officer, String assignee) {
        return apply(ticket, officer, "assign", assignee,
                complaint -> complaint.assignTo(assignee, clock.instant()));
    }

    /** Asks the citizen for more information: the complaint waits (ditunda) until the answer comes. */
    public Complaint askCitizen(String ticket, String officer, String question) {
        return apply(ticket, officer, "question", question,
                complaint -> complaint.askCitizen(officer, question, clock.instant()));
    }

    public Complaint archive(String ticket, String officer, String reason) {
        return apply(ticket, officer, "archive", reason,
                complaint -> complaint.archive(officer, reason, clock.instant()));
    }

    /**
     * Loads, applies and saves. Delivering a notification also bumps the complaint's version, so a conflict is
     * usually the bot's bookkeeping, not another officer: reload and apply again (the complaint re-checks the
     * move each time); after a few tries the conflict is reported. A saved action is written to the audit log.
     */
    private Complaint apply(String ticket, String officer, String name, String note, Consumer<Complaint> action) {
        for (int attempt = 1; ; attempt++) {
            Complaint complaint = lookup.byTicket(ticket);
            Map<String, String> before = state(complaint);
            action.accept(complaint);
            complaint.refreshDeadline(calendar, clock.instant());
            try {
                Complaint saved = complaints.save(complaint);
                durability.ifPresent(StoreDurability::flush);
                audit.record(officer, "complaint." + name, saved.ticket().toString(), before, state(saved), note);
                return saved;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static Map<String, String> state(Complaint c) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("status", c.status().code());
        c.category().ifPresent(x -> state.put("category", x.value()));
        c.agency().ifPresent(x -> state.put("agency", x.value()));
        return state;
    }

    private CategoryCode knownCategory(String code) {
        CategoryCode c = CategoryCode.of(code);
        if (!taxonomy.isActive(c)) { // a retired category is kept for old complaints only
            throw new UnknownValue("category", taxonomy.knows(c) ? code + " (retired)" : code);
        }
        return c;
    }

    private AgencyCode knownAgency(String code) {
        AgencyCode a = AgencyCode.of(code);
        if (!taxonomy.isActive(a)) { // a retired agency is kept for old complaints only
            throw new UnknownValue("agency", taxonomy.knows(a) ? code + " (retired)" : code);
        }
        return a;
    }
}
