package id.aduan.bot.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works off the inbox: one chat's entries one at a time and in the order received, different chats in parallel on
 * virtual threads, at most {@code workers} chats at once.
 *
 * <p>The receiver hands each batch over ({@link #handOver}) once it is stored and durable, and the entries go
 * straight into their chat's queue in memory: nothing re-reads the store on the way, so an update is handled as
 * soon as a worker is free. The store is read once at start (and after a pause), page by page in the order
 * received, so entries left by a crash or a stop are handled first; entries handed over meanwhile wait until that
 * read is done, so a chat's order holds across the restart. An entry that fails stays at the head of its chat's
 * queue and is tried again after {@code pollInterval} (the chat's later entries wait behind it), until
 * {@code maxAttempts}, when it is set aside (marked handled, with the error) and the chat moves on.
 */
public class InboxWorkers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InboxWorkers.class);

    /** An entry in a chat's queue; one read from the store may have been handled since, and is checked again. */
    private record Queued(InboxEntry entry, boolean fromStore) {
    }

    private final Inbox inbox;
    private final InboxHandler handler;
    private final InboxSettings settings;
    private final Clock clock;
    private final Semaphore permits;
    private final Object lock = new Object();
    /** The chats with work queued or under way; a chat is here while one worker owns it. Guarded by lock. */
    private final Map<String, ArrayDeque<Queued>> chats = new HashMap<>();
    /** The ids of the entries queued or under way, so one is never queued twice. Guarded by lock. */
    private final Set<String> queued = new HashSet<>();
    /**
     * The ids of the entries handled last (at most {@link #RECENTLY_DONE}), so an entry both read from the store
     * and handed over (stored just before a read of the store, handed over just after it) is handled once. Guarded
     * by lock.
     */
    private final Set<String> recentlyDone = new LinkedHashSet<>();
    private static final int RECENTLY_DONE = 10_000;
    /** Entries handed over before the store was read at start. Guarded by lock. */
    private final List<InboxEntry> early = new ArrayList<>();
    /** True once the entries left in the store have been queued. Guarded by lock. */
    private boolean recovered;
    private final Semaphore wake = new Semaphore(0);
    private volatile Instant nextPurge = Instant.MIN;
    private volatile boolean running;
    private volatile boolean paused;
    /** Re-read the store every round: other instances store updates too (webhook mode behind a load balancer). */
    private volatile boolean rescanStore;
    private Thread dispatcher;

    public InboxWorkers(Inbox inbox, InboxHandler handler, InboxSettings settings, Clock clock) {
        this.inbox = inbox;
        this.handler = handler;
        this.settings = settings;
        this.clock = clock;
        this.permits = new Semaphore(settings.workers(), true);
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        synchronized (lock) {
            recovered = false; // started again (this instance took the lease back): read the store first
        }
        dispatcher = Thread.ofVirtual().name("inbox-dispatcher").start(this::dispatchLoop);
    }

    /** Entries just stored (and made durable): each goes to its chat's queue, behind that chat's earlier ones. */
    public void handOver(List<InboxEntry> stored) {
        synchronized (lock) {
            if (!running || paused) {
                return; // they are in the store and are read from there after the restart or the pause
            }
            if (!recovered) {
                early.addAll(stored);
                return;
            }
            stored.forEach(entry -> enqueue(entry, false));
        }
    }

    /**
     * Whether entries can reach the store without being handed over here (in webhook mode every replica stores the
     * updates it is sent, and only the lease holder works them): then the store is read again every
     * {@code pollInterval}. Entries already queued are not queued twice.
     */
    public void rescanStoreEachRound(boolean rescan) {
        this.rescanStore = rescan;
        wake();
    }

    /** Asks the dispatcher to look at the store now rather than after {@code pollInterval}. */
    public void wake() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /**
     * Stops taking new entries (tests use it to simulate a crash between receiving and handling); entries stay in
     * the store, and are read from there again when the pause ends.
     */
    public void pause(boolean pause) {
        synchronized (lock) {
            this.paused = pause;
            if (!pause) {
                recovered = false;
            }
        }
        wake();
    }

    private void dispatchLoop() {
        while (running) {
            try {
                if (!paused) {
                    if (rescanStore) {
                        synchronized (lock) {
                            recovered = false;
                        }
                    }
                    recoverIfNeeded();
                    purgeHourly();
                }
                wake.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Inbox round failed, will retry: {}", e.toString());
            }
        }
    }

    /** Queues every entry the store still holds as pending, in the order received; then what came meanwhile. */
    private void recoverIfNeeded() {
        synchronized (lock) {
            if (recovered) {
                return;
            }
        }
        Set<String> seen = new HashSet<>();
        long after = Long.MIN_VALUE;
        while (true) {
            List<InboxEntry> page = inbox.pendingAfter(after, settings.batchSize());
            synchronized (lock) {
                for (InboxEntry entry : page) {
                    seen.add(entry.id());
                    enqueue(entry, true);
                }
            }
            if (page.size() < settings.batchSize()) {
                break;
            }
            after = page.getLast().seq();
        }
        synchronized (lock) {
            if (paused) {
                return;
            }
            recovered = true;
            // handed over while the store was read: those the read did not see came after everything it saw
            early.stream().filter(entry -> !seen.contains(entry.id())).forEach(entry -> enqueue(entry, false));
            early.clear();
        }
        if (!seen.isEmpty() && !rescanStore) {
            log.info("Queued {} inbox entries left from before", seen.size());
        }
    }

    /** Puts an entry at the end of its chat's queue; starts a worker for the chat if none owns it. */
    private void enqueue(InboxEntry entry, boolean fromStore) {
        if (recentlyDone.contains(entry.id()) || !queued.add(entry.id())) {
            return;
        }
        ArrayDeque<Queued> chat = chats.get(entry.chatKey());
        if (chat == null) {
            chat = new ArrayDeque<>();
            chats.put(entry.chatKey(), chat);
            startWorker(entry.chatKey(), Duration.ZERO);
        }
        chat.add(new Queued(entry, fromStore));
    }

    private void startWorker(String chatKey, Duration after) {
        Thread.ofVirtual().name("inbox-" + chatKey).start(() -> work(chatKey, after));
    }

    /** Owns one chat until its queue is empty: one entry at a time, in order, holding one of the workers' permits. */
    private void work(String chatKey, Duration after) {
        try {
            if (!after.isZero()) {
                Thread.sleep(after);
            }
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(chatKey);
            return;
        }
        try {
            while (true) {
                Queued next;
                synchronized (lock) {
                    ArrayDeque<Queued> chat = chats.get(chatKey);
                    if (!running || paused || chat.isEmpty()) {
                        abandon(chatKey);
                        return;
                    }
                    next = chat.peekFirst();
                }
                Integer failedAttempts = handle(next);
                synchronized (lock) {
                    ArrayDeque<Queued> chat = chats.get(chatKey);
                    if (failedAttempts != null) {
                        // stays at the head, one attempt more, and the chat waits for it
                        InboxEntry e = next.entry();
                        chat.pollFirst();
                        chat.addFirst(new Queued(new InboxEntry(e.id(), e.updateId(), e.chatKey(), e.payload(),
                                e.seq(), e.receivedAt(), null, failedAttempts, e.lastError()), next.fromStore()));
                        startWorker(chatKey, settings.pollInterval());
                        return;
                    }
                    chat.pollFirst();
                    queued.remove(next.entry().id());
                    recentlyDone.add(next.entry().id());
                    if (recentlyDone.size() > RECENTLY_DONE) {
                        recentlyDone.remove(recentlyDone.iterator().next());
                    }
                }
            }
        } finally {
            permits.release();
        }
    }

    /** Drops the chat's queue from memory (its entries are still pending in the store, read again after a restart). */
    private void abandon(String chatKey) {
        synchronized (lock) {
            ArrayDeque<Queued> chat = chats.remove(chatKey);
            if (chat != null) {
                chat.forEach(q -> queued.remove(q.entry().id()));
            }
        }
    }

    /** Handles one entry; returns null when it is done with, or the attempts so far when it is to be tried again. */
    private Integer handle(Queued next) {
        InboxEntry entry = next.entry();
        try {
            if (next.fromStore() && !inbox.isPending(entry.id())) {
                return null; // handled by someone else since it was read
            }
            handler.handle(entry);
            inbox.markHandled(entry);
            return null;
        } catch (Exception e) {
            int attempts = entry.attempts() + 1;
            log.error("Inbox entry {} failed (attempt {})", entry.id(), attempts, e);
            try {
                inbox.markFailed(entry, e.toString(), settings.maxAttempts());
            } catch (RuntimeException storeDown) {
                log.warn("Could not record the failure of {}: {}", entry.id(), storeDown.toString());
            }
            return attempts >= settings.maxAttempts() ? null : attempts;
        }
    }

    /** Forgets handled update ids once they are older than the retention (never the pending ones). */
    private void purgeHourly() {
        Instant now = clock.instant();
        if (now.isAfter(nextPurge)) {
            nextPurge = now.plus(Duration.ofHours(1));
            long purged = inbox.purgeHandledBefore(now.minus(settings.retention()));
            if (purged > 0) {
                log.info("Purged {} handled inbox entries older than {}", purged, settings.retention());
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
