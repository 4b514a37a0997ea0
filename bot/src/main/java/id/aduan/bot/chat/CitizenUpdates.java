package id.aduan.bot.chat;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import id.aduan.bot.conversation.FollowOutcome;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.CitizenActionRefused;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintRepository;
import id.aduan.complaint.Privacy;
import id.aduan.complaint.store.StoreDurability;
import id.aduan.models.ticket.TicketNumber;

/**
 * Applies what a citizen does to one of their own submitted complaints (add information, answer a question,
 * confirm, reopen). The complaint guards each move; someone else's ticket is refused like an unknown one.
 */
@Component
public class CitizenUpdates {

    private static final Logger log = LoggerFactory.getLogger(CitizenUpdates.class);
    private static final int MAX_ATTEMPTS = 3;

    private final ComplaintRepository complaints;
    private final Optional<StoreDurability> durability;

    public CitizenUpdates(ComplaintRepository complaints, Optional<StoreDurability> durability) {
        this.complaints = complaints;
        this.durability = durability;
    }

    /** Applies the change and saves; false when the ticket is not the chat's or the complaint refuses. */
    public boolean apply(ChatRef chat, String ticket, Consumer<Complaint> change) {
        Optional<TicketNumber> number = TicketNumber.tryParse(ticket);
        if (number.isEmpty()) {
            return false;
        }
        for (int attempt = 1; ; attempt++) {
            Optional<Complaint> found = complaints.findByTicket(number.get())
                    .filter(c -> c.reporter().chat().equals(chat));
            if (found.isEmpty()) {
                return false;
            }
            Complaint complaint = found.get();
            try {
                change.accept(complaint);
            } catch (CitizenActionRefused | IllegalStateException | IllegalArgumentException e) {
                log.info("Citizen action on {} refused: {}", ticket, e.getMessage());
                return false;
            }
            try {
                complaints.save(complaint);
                durability.ifPresent(StoreDurability::flush);
                return true;
            } catch (OptimisticLockingFailureException e) {
                // The notifier bumps the version when it delivers; reload and apply again.
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * The chat follows someone else's open complaint ("ikut memantau"). Unknown, closed and rahasia complaints
     * cannot be followed and look alike; the chat's own complaint is its reporter's anyway.
     */
    public FollowOutcome follow(ChatRef chat, String ticket, Instant at) {
        Optional<TicketNumber> number = TicketNumber.tryParse(ticket);
        for (int attempt = 1; number.isPresent(); attempt++) {
            Optional<Complaint> found = complaints.findByTicket(number.get())
                    .filter(c -> c.status().isOpen() && c.privacy() != Privacy.RAHASIA);
            if (found.isEmpty()) {
                break;
            }
            Complaint complaint = found.get();
            if (complaint.reporter().chat().equals(chat)) {
                return FollowOutcome.OWN_REPORT;
            }
            if (!complaint.follow(chat, at)) {
                return FollowOutcome.ALREADY_FOLLOWING;
            }
            if (saved(complaint, attempt)) {
                return FollowOutcome.FOLLOWING;
            }
        }
        return FollowOutcome.NOT_OPEN;
    }

    /** The chat stops following a complaint; false when it did not follow it. */
    public boolean unfollow(ChatRef chat, String ticket, Instant at) {
        Optional<TicketNumber> number = TicketNumber.tryParse(ticket);
        for (int attempt = 1; number.isPresent(); attempt++) {
            Optional<Complaint> found = complaints.findByTicket(number.get());
            if (found.isEmpty() || !found.get().unfollow(chat, at)) {
                return false;
            }
            if (saved(found.get(), attempt)) {
                return true;
            }
        }
        return false;
    }

    /** Saves; false when the complaint changed meanwhile and should be reloaded (throws after the last attempt). */
    private boolean saved(Complaint complaint, int attempt) {
        try {
            complaints.save(complaint);
            durability.ifPresent(StoreDurability::flush);
            return true;
        } catch (OptimisticLockingFailureException e) {
            if (attempt >= MAX_ATTEMPTS) {
                throw e;
            }
            return false;
        }
    }

    /** The chat's own open complaint updated most recently, if that was at or after {@code since}. */
    public Optional<String> recentOpen(ChatRef chat, Instant since) {
        return complaints.findByReporterChatOrderByCreatedAtDesc(chat).stream()
                .filter(c -> c.status().isOpen() && !c.updatedAt().isBefore(since))
                .max(java.util.Comparator.comparing(Complaint::updatedAt))
                .map(c -> c.ticket().toString());
    }

    /** The chat's complaint whose officer's question waits for an answer, if any. */
    public Optional<Complaint> awaitingAnswer(ChatRef chat) {
        return complaints.findByReporterChatOrderByCreatedAtDesc(chat).stream()
                .filter(c -> c.openQuestion().isPresent()).findFirst();
    }
}
