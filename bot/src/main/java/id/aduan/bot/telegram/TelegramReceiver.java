package id.aduan.bot.telegram;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import id.aduan.bot.inbox.InboxWorkers;

/**
 * Runs the receiving side once the application has started. Every instance takes part in the election by the
 * {@link PollLease}: the holder long-polls Telegram (polling mode) or sets the webhook (webhook mode), and works the
 * inbox, so one chat's updates are handled in order by one process; the others stand by and take over when the
 * lease runs out (the holder died) or is released (the holder shut down). In webhook mode every instance still
 * accepts and stores updates; the holder handles them.
 */
class TelegramReceiver implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramReceiver.class);

    private final TelegramSettings settings;
    private final PollLease lease;
    private final TelegramPolling polling;
    private final WebhookRegistration webhook;
    private final InboxWorkers workers;
    private final Clock clock;
    private final String holder = holderId();
    private volatile boolean running;
    private volatile boolean leader;
    private Thread election;

    TelegramReceiver(TelegramSettings settings, PollLease lease, TelegramPolling polling, WebhookRegistration webhook,
                     InboxWorkers workers, Clock clock) {
        this.settings = settings;
        this.lease = lease;
        this.polling = polling;
        this.webhook = webhook;
        this.workers = workers;
        this.clock = clock;
    }

    private static String holderId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    String holder() {
        return holder;
    }

    boolean leader() {
        return leader;
    }

    /** The instance that holds the lease now, if any. */
    Optional<String> currentHolder() {
        return lease.current(clock.instant()).map(PollLease.Holder::holder);
    }

    boolean webhookMode() {
        return settings.mode() == TelegramSettings.Mode.WEBHOOK;
    }

    @Override
    public synchronized void start() {
        running = true;
        election = Thread.ofVirtual().name("telegram-lease").start(this::elect);
    }

    private void elect() {
        long lastRefusal = 0;
        boolean toldStandingBy = false;
        while (running) {
            boolean held;
            try {
                held = lease.acquire(holder, clock.instant(), settings.lease().ttl());
            } catch (RuntimeException storeDown) {
                held = false;
                if (System.nanoTime() - lastRefusal > 60_000_000_000L) {
                    lastRefusal = System.nanoTime();
                    log.warn("Telegram lease not renewable ({}); not receiving until the store answers",
                            storeDown.toString());
                }
            }
            if (held && !leader) {
                lead();
            } else if (!held && leader) {
                log.warn("Telegram lease lost to another instance; {} stopped here", what());
                standBy();
            } else if (!held && !toldStandingBy) {
                toldStandingBy = true;
                log.info("Another instance holds the Telegram lease; this one ({}) stands by", holder);
            }
            try {
                Thread.sleep(settings.lease().renewEvery());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void lead() {
        if (!running) {
            return;
        }
        leader = true;
        log.info("This instance ({}) holds the Telegram lease: {} and working the inbox", holder, what());
        workers.rescanStoreEachRound(webhookMode()); // other replicas store what the load balancer sends them
        workers.start(); // updates stored before a restart are handled even while Telegram is unreachable
        if (webhookMode()) {
            webhook.start();
        } else {
            polling.start();
        }
    }

    private synchronized void standBy() {
        leader = false;
        polling.stop();
        webhook.stop();
        workers.close();
    }

    private String what() {
        return webhookMode() ? "setting the webhook" : "long-polling";
    }

    @Override
    public void stop() {
        Thread electing;
        synchronized (this) {
            running = false;
            electing = election;
            election = null;
        }
        if (electing != null) {
            electing.interrupt();
        }
        boolean wasLeader = leader;
        standBy();
        if (wasLeader) {
            try {
                lease.release(holder);
            } catch (RuntimeException e) {
                log.warn("Telegram lease not released ({}); another instance takes over when it expires",
                        e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
