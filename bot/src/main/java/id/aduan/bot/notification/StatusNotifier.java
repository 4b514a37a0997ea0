package id.aduan.bot.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.aduan.bot.chat.ChatGateways;
import id.aduan.bot.chat.DeliveryFailure;
import id.aduan.bot.conversation.Reply;
import id.aduan.bot.conversation.Texts;
import id.aduan.complaint.DueNotification;
import id.aduan.complaint.Notification;
import id.aduan.complaint.NotificationOutbox;
import id.aduan.complaint.NotificationState;
import id.aduan.models.deadline.DeadlineRule;
import id.aduan.models.deadline.IndonesianDates;
import id.aduan.models.deadline.WorkingCalendar;
import id.aduan.models.status.ComplaintStatus;

/**
 * Reads due notifications from the complaints' outbox and tells each citizen, in Indonesian, what happened to their
 * report. Failed sends are retried with capped exponential back-off and jitter; a citizen who blocked the bot is
 * marked unreachable; after {@code giveUpAfter} a notification is marked failed so admins see it.
 */
@Component
public class StatusNotifier {

    private static final Logger log = LoggerFactory.getLogger(StatusNotifier.class);
    /** How long a claimed notification is held by one sender before another may try it. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

    private final NotificationOutbox outbox;
    private final ChatGateways gateways;
    private final Texts texts;
    private final NotificationSettings settings;
    private final Clock clock;
    private final WorkingCalendar calendar;

    public StatusNotifier(NotificationOutbox outbox, ChatGateways gateways, Texts texts,
                          NotificationSettings settings, Clock clock, WorkingCalendar calendar) {
        this.calendar = calendar;
        this.outbox = outbox;
        this.gateways = gateways;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${aduan.notifications.poll-interval:1s}")
    public void deliverDue() {
        try {
            for (DueNotification due : outbox.due(clock.instant(), settings.batchSize())) {
                deliver(due);
            }
        } catch (RuntimeException e) {
            log.warn("Notification round failed, will retry: {}", e.toString());
        }
    }

    void deliver(DueNotification due) {
        Notification n = due.notification();
        if (!outbox.claim(due, clock.instant(), CLAIM_LEASE)) {
            return; // another round or instance is sending it
        }
        try {
            long messageId = gateways.send(due.chat(), message(due));
            outbox.markSent(due, messageId, clock.instant());
        } catch (DeliveryFailure e) {
            Instant now = clock.instant();
            if (e.kind() == DeliveryFailure.Kind.UNREACHABLE) {
                outbox.markFailed(due, NotificationState.UNREACHABLE, e.getMessage());
            } else if (e.kind() == DeliveryFailure.Kind.REJECTED || e.kind() == DeliveryFailure.Kind.UNCERTAIN) {
                // Retrying cannot help (rejected), or could send it twice (a read timeout, already retried once).
                outbox.markFailed(due, NotificationState.FAILED, e.getMessage());
            } else if (n.createdAt().plus(settings.giveUpAfter()).isBefore(now)) {
                outbox.markFailed(due, NotificationState.FAILED, e.getMessage());
            } else {
                outbox.retryLater(due, now.plus(backoff(n.attempts())), e.getMessage());
            }
            log.info("Notification {} for {} not delivered: {}", n.id(), due.ticket(), e.getMessage());
        }
    }

    String render(DueNotification due) {
        Notification n = due.notification();
        switch (due.subject()) {
            case DATA_DELETED -> {
                return texts.get("notify.data-deleted");
            }
            case DATA_DELETION_REFUSED -> {
                return texts.get("notify.data-deletion-refused", n.note());
            }
            case STATUS_CHANGED -> {
                // below
            }
        }
        if (n.merged()) { // a duplicate: from now on the news comes from the complaint it was merged into
            String text = n.forFollower()
                    ? texts.get("notify.following-merged", due.ticket().toString(), n.mergedInto().toString())
                    : texts.get("notify.merged", due.ticket().toString(), n.mergedInto().toString());
            return n.note() == null ? text : text + "\n" + texts.get("notify.note", n.note());
        }
        if (n.forFollower()) { // a follower hears what changed, never the reporter's questions or buttons
            String text = texts.get("notify.following-status-changed", due.ticket().toString(),
                    n.status().displayName());
            return n.note() == null ? text : text + "\n" + texts.get("notify.note", n.note());
        }
        String text = texts.get("notify.status-changed", due.ticket().toString(), n.status().displayName());
        if (n.status() == ComplaintStatus.DITUNDA && n.note() != null) {
            return text + "\n" + texts.get("notify.question", n.note());
        }
        text = n.note() == null ? text : text + "\n" + texts.get("notify.note", n.note());
        return switch (n.status()) {
            case SELESAI -> text + "\n" + texts.get("notify.ask-resolved",
                    IndonesianDates.format(DeadlineRule.AUTO_CLOSE.from(n.createdAt(), calendar).dueDate()));
            case TERVERIFIKASI, DIDISPOSISIKAN -> text + "\n" + texts.get("notify.next-deadline",
                    IndonesianDates.format(DeadlineRule.FOLLOW_UP.from(n.createdAt(), calendar).dueDate()));
            default -> text;
        };
    }

    /** The rendered text; a completed report also gets the "Sudah beres?" buttons (Ya / Belum). */
    Reply message(DueNotification due) {
        String text = render(due);
        if (due.subject() != DueNotification.Subject.STATUS_CHANGED || due.notification().forFollower()
                || due.notification().status() != ComplaintStatus.SELESAI) {
            return Reply.text(text);
        }
        String ticket = due.ticket().toString();
        return Reply.withButtons(text, List.of(List.of(
                new Reply.Button(texts.get("notify.resolved-yes"), "done:yes:" + ticket),
                new Reply.Button(texts.get("notify.resolved-no"), "done:no:" + ticket))));
    }

    Duration backoff(int attempts) {
        long base = Math.min(settings.maxBackoff().toMillis(), 1000L << Math.min(attempts, 20));
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }
}
