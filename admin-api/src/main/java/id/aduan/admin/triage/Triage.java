package id.aduan.admin.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
     * Merges the duplicate {@code ticket} into {@code target}; both must be visible to the caller (else 404). There
     * are two documents and no transactions (the embedded store has none), so the writes are ordered to lose no
     * citizen if the process dies between them: first the target takes over the duplicate's reporter and
     * followers, then the duplicate is archived and its citizens are told. A crash after the first write leaves
     * the duplicate open and the citizens already following the target; repeating the merge is safe because the
     * first write is idempotent. The reverse order could leave citizens told to wait for a target that never
     * heard of them. Returns the archived duplicate.
     */
    public Complaint merge(String ticket, String officer, String target, String note) {
        Instant at = clock.instant();
        Map<String, String> targetBefore = state(lookup.byTicket(target));
        Complaint absorbing = saveRetrying(() -> {
            Complaint into = lookup.byTicket(target);
            into.absorb(lookup.byTicket(ticket), officer, at);
            return into;
        });
        Map<String, String> before = state(lookup.byTicket(ticket));
        Complaint merged = saveRetrying(() -> {
            Complaint duplicate = lookup.byTicket(ticket);
            duplicate.mergeInto(absorbing, officer, note, at);
            return duplicate;
        });
        Map<String, String> after = state(merged);
        after.put("mergedInto", absorbing.ticket().toString());
        audit.record(officer, "complaint.merge", merged.ticket().toString(), before, after, note);
        Map<String, String> targetAfter = state(absorbing);
        targetAfter.put("merged", merged.ticket().toString());
        targetAfter.put("followers", String.valueOf(absorbing.followers().size()));
        audit.record(officer, "complaint.merge-target", absorbing.ticket().toString(), targetBefore, targetAfter,
                note);
        return merged;
    }

    /** Loads and changes one complaint, saves it, and on a concurrent change does it again (a few times). */
    private Complaint saveRetrying(Supplier<Complaint> loadAndChange) {
        for (int attempt = 1; ; attempt++) {
            Complaint complaint = loadAndChange.get();
            complaint.refreshDeadline(calendar, clock.instant());
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
