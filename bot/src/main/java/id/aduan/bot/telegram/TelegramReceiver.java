package id.aduan.bot.telegram;

import org.springframework.context.SmartLifecycle;

import id.aduan.bot.inbox.InboxWorkers;

/**
 * Starts receiving once the application has started: the inbox workers (updates stored before a restart are
 * handled even while Telegram is unreachable) and the long polling; stops both on shutdown.
 */
class TelegramReceiver implements SmartLifecycle {

    private final TelegramPolling polling;
    private final InboxWorkers workers;
    private volatile boolean running;

    TelegramReceiver(TelegramPolling polling, InboxWorkers workers) {
        this.polling = polling;
        this.workers = workers;
    }

    @Override
    public void start() {
        running = true;
        workers.start();
        polling.start();
    }

    @Override
    public void stop() {
        running = false;
        polling.stop();
        workers.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
