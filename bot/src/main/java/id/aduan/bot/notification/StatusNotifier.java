package id.aduan.bot.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.aduan.bot.chat.ChatGateways;
import id.aduan.bot.chat.DeliveryFailure;
import id.aduan.bot.conversation.Reply;
import id.aduan.bot.conversation.Texts;
import id.aduan.complaint.ChatRef;
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
 * report. Different chats are served at once on virtual threads (at most {@code concurrency} chats), so the
 * outbox drains at the pacing limit rather than at the speed of one round trip; one chat's notifications go one at
 * a time, in the order they were created, and a chat is never served by two senders at once. Each notification is
 * claimed before it is sent, so neither a later round nor another instance sends it twice. Failed sends are
 * retried with capped exponential back-off and jitter; a citizen who blocked the bot is marked unreachable; after
 * {@code giveUpAfter} a notification is marked failed so admins see it.
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
    private final Semaphore permits;
    private final Set<ChatRef> busyChats = ConcurrentHashMap.newKeySet();

    public StatusNotifier(NotificationOutbox outbox, ChatGateways gateways, Texts texts,
                          NotificationSettings settings, Clock clock, WorkingCalendar calendar) {
        this.calendar = calendar;
        this.outbox = outbox;
        this.gateways = gateways;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
        this.permits = new Semaphore(settings.concurrency());
    }

    @Scheduled(fixedDelayString = "${aduan.notifications.poll-interval:1s}")
    public void deliverDue() {
        try {
            for (Map.Entry<ChatRef, List<DueNotification>> chat : byChat(outbox.due(clock.instant(),
                    settings.batchSize())).entrySet()) {
                if (!busyChats.add(chat.getKey())) {
                    continue; // a sender is on this chat: its later notifications wait for the next round, in order
                }
                try {
                    permits.acquire();
                } catch (InterruptedException e) {
                    busyChats.remove(chat.getKey());
                    Thread.currentThread().interrupt();
                    return;
                }
                Thread.ofVirtual().name("notify-" + chat.getKey().chatId()).start(() -> {
                    try {
                        deliverInOrder(chat.getValue());
                    } finally {
                        busyChats.remove(chat.getKey());
                        permits.release();
                    }
                });
            }
        } catch (RuntimeException e) {
            log.warn("Notification round failed, will retry: {}", e.toString());
        }
    }

    /** The round's notifications per chat, each chat's in the order they were created. */
    private static Map<ChatRef, List<DueNotification>> byChat(List<DueNotification> due) {
        Map<ChatRef, List<DueNotification>> byChat = new LinkedHashMap<>();
        for (DueNotification n : due) {
            byChat.computeIfAbsent(n.chat(), c -> new ArrayList<>()).add(n);
        }
        byChat.values().forEach(list -> list.sort(Comparator.comparing(n -> n.notification().createdAt())));
        return byChat;
    }

    /** One chat's notifications one at a time; the first that is not delivered stops the rest (they stay due). */
    private void deliverInOrder(List<DueNotification> notifications) {
        for (DueNotification due : notifications) {
            try {
                if (!deliver(due)) {
                    return;
                }
            } catch (RuntimeException e) {
                log.warn("Notification {} for {} not recorded, will retry: {}", due.notification().id(),
                        due.ticket(), e.toString());
                return;
            }
        }
    }

    /** Claims, sends and records one notification; true when it was sent (or someone else has it in hand). */
    boolean deliver(DueNotification due) {
        Notification n = due.notification();
        if (!outbox.claim(due, clock.instant(), CLAIM_LEASE)) {
            return true; // another round or instance sent it or is sending it
        }
        try {
            long messageId = gateways.send(due.chat(), message(due));
            outbox.markSent(due, messageId, clock.instant());
            return true;
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
            return false;
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
