package id.aduan.bot.inbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works off the inbox: one chat's entries one at a time and in the order received, different chats in parallel on
 * virtual threads, at most {@code workers} chats at once. A dispatcher thread re-reads the pending entries when
 * woken (after a store, after a chat is done) or every {@code pollInterval}, so entries left by a crash are handled
 * after the restart. A chat whose entry fails stops there and is retried on a later round, so its order holds.
 */
public class InboxWorkers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InboxWorkers.class);

    private final Inbox inbox;
    private final InboxHandler handler;
    private final InboxSettings settings;
    private final Clock clock;
    private final Semaphore permits;
    private volatile java.time.Instant nextPurge = java.time.Instant.MIN;
    private final Set<String> busyChats = ConcurrentHashMap.newKeySet();
    /**
     * The last entry handled per chat in this process. A round's snapshot can be read just before a worker
     * finishes the same chat; the entries it then still shows as pending are skipped by their {@code seq}.
     */
    private final Map<String, Long> handledUpTo = new ConcurrentHashMap<>();
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean paused;
    private Thread dispatcher;

    public InboxWorkers(Inbox inbox, InboxHandler handler, InboxSettings settings, Clock clock) {
        this.inbox = inbox;
        this.handler = handler;
        this.settings = settings;
        this.clock = clock;
        this.permits = new Semaphore(settings.workers());
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        dispatcher = Thread.ofVirtual().name("inbox-dispatcher").start(this::dispatchLoop);
    }

    /** Tells the dispatcher that new entries may be waiting. */
    public void wake() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /** Stops taking new entries (tests use it to simulate a crash between receiving and handling). */
    public void pause(boolean pause) {
        this.paused = pause;
        wake();
    }

    private void dispatchLoop() {
        while (running) {
            try {
                wake.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                if (running && !paused) {
                    dispatchOnce();
                    purgeHourly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Inbox round failed, will retry: {}", e.toString());
            }
        }
    }

    private void dispatchOnce() throws InterruptedException {
        Map<String, List<InboxEntry>> byChat = new LinkedHashMap<>();
        for (InboxEntry entry : inbox.pending(settings.batchSize())) {
            byChat.computeIfAbsent(entry.chatKey(), k -> new ArrayList<>()).add(entry);
        }
        handledUpTo.keySet().removeIf(chat -> !byChat.containsKey(chat) && !busyChats.contains(chat));
        for (Map.Entry<String, List<InboxEntry>> chat : byChat.entrySet()) {
            if (!busyChats.add(chat.getKey())) {
                continue; // a worker is on this chat; its later entries wait for the next round, keeping order
            }
            permits.acquire();
            Thread.ofVirtual().name("inbox-" + chat.getKey()).start(() -> {
                try {
                    work(chat.getValue());
                } finally {
                    busyChats.remove(chat.getKey());
                    permits.release();
                    wake();
                }
            });
        }
    }

    /** Forgets handled update ids once they are older than the retention (never the pending ones). */
    private void purgeHourly() {
        java.time.Instant now = clock.instant();
        if (now.isAfter(nextPurge)) {
            nextPurge = now.plus(java.time.Duration.ofHours(1));
            long purged = inbox.purgeHandledBefore(now.minus(settings.retention()));
            if (purged > 0) {
                log.info("Purged {} handled inbox entries older than {}", purged, settings.retention());
            }
        }
    }

    private void work(List<InboxEntry> entries) {
        for (InboxEntry entry : entries) {
            if (!running || paused) {
                return;
            }
            if (entry.seq() <= handledUpTo.getOrDefault(entry.chatKey(), Long.MIN_VALUE)) {
                continue; // handled by the previous worker on this chat after this round's snapshot was read
            }
            try {
                handler.handle(entry);
                inbox.markHandled(entry);
                handledUpTo.put(entry.chatKey(), entry.seq());
            } catch (Exception e) {
                log.error("Inbox entry {} failed (attempt {})", entry.id(), entry.attempts() + 1, e);
                try {
                    inbox.markFailed(entry, e.toString(), settings.maxAttempts());
                } catch (RuntimeException storeDown) {
                    log.warn("Could not record the failure of {}: {}", entry.id(), storeDown.toString());
                }
                return;
            }
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (dispatcher != null) {
            dispatcher.interrupt();
        }
    }
}
