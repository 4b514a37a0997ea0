package id.aduan.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import id.aduan.complaint.NotificationOutbox;

/**
 * The {@code telegram} part of {@code /actuator/health}: whether updates are coming in (time since the last
 * successful poll), and the outbox backlog (notifications waiting to be sent). On the lease holder: UP while polls
 * succeed; DOWN when none has succeeded for three poll timeouts (Telegram unreachable); in webhook mode UP once the
 * webhook is set. UP with role "standby" on an instance that does not hold the lease. OUT_OF_SERVICE when Telegram
 * rejected the token (receiving stopped until the token is fixed); UP with a note when no token is set and the
 * local chat page stands in. Readiness and liveness do not include it, so a Telegram outage never takes the admin API out of a
 * load balancer.
 */
@Component
class TelegramHealthIndicator implements HealthIndicator {

    private final TelegramSettings settings;
    private final ObjectProvider<TelegramReceiver> receiver;
    private final ObjectProvider<TelegramPolling> polling;
    private final ObjectProvider<WebhookRegistration> webhook;
    private final ObjectProvider<TelegramMetrics> metrics;
    private final NotificationOutbox outbox;
    private final Clock clock;
    private final Instant startedAt;

    TelegramHealthIndicator(TelegramSettings settings, ObjectProvider<TelegramReceiver> receiver,
                            ObjectProvider<TelegramPolling> polling, ObjectProvider<WebhookRegistration> webhook,
                            ObjectProvider<TelegramMetrics> metrics, NotificationOutbox outbox, Clock clock) {
        this.settings = settings;
        this.receiver = receiver;
        this.polling = polling;
        this.webhook = webhook;
        this.metrics = metrics;
        this.outbox = outbox;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @Override
    public Health health() {
        Health.Builder health = status();
        try {
            health.withDetail("outboxBacklog", outbox.backlog());
        } catch (RuntimeException e) {
            health.withDetail("outboxBacklog", "unavailable: " + e.getMessage());
        }
        return health.build();
    }

    private Health.Builder status() {
        TelegramReceiver receiver = this.receiver.getIfAvailable();
        TelegramPolling poller = polling.getIfAvailable();
        if (!settings.enabled() || receiver == null || poller == null) {
            return Health.up().withDetail("channel", "local-chat")
                    .withDetail("note", "no ADUAN_TELEGRAM_TOKEN: the local chat page stands in for Telegram");
        }
        Instant now = clock.instant();
        TelegramMetrics meters = metrics.getObject();
        Health.Builder health;
        if (poller.state() == TelegramPolling.State.UNAUTHORIZED
                || webhook.getObject().state() == WebhookRegistration.State.UNAUTHORIZED) {
            health = Health.outOfService().withDetail("error",
                    "Telegram rejected the bot token (401): receiving stopped; check ADUAN_TELEGRAM_TOKEN");
        } else if (!receiver.leader()) {
            health = Health.up().withDetail("role", "standby")
                    .withDetail("leaseHolder", receiver.currentHolder().orElse("none"));
        } else if (receiver.webhookMode()) {
            health = webhook.getObject().state() == WebhookRegistration.State.REGISTERED ? Health.up()
                    : Health.unknown();
        } else {
            Instant lastPoll = meters.lastSuccessfulPoll();
            Duration since = Duration.between(lastPoll != null ? lastPoll : startedAt, now);
            Duration staleAfter = settings.pollTimeout().multipliedBy(3);
            if (since.compareTo(staleAfter) > 0) {
                health = Health.down().withDetail("error", "no successful poll for " + since.toSeconds() + " s");
            } else {
                health = lastPoll == null ? Health.unknown() : Health.up();
            }
        }
        health.withDetail("channel", "telegram").withDetail("mode", settings.mode().name().toLowerCase(java.util.Locale.ROOT))
                .withDetail("instance", receiver.holder());
        if (receiver.leader()) {
            health.withDetail("role", "leader");
        }
        if (!receiver.webhookMode()) {
            health.withDetail("state", poller.state().name().toLowerCase(java.util.Locale.ROOT));
        } else {
            health.withDetail("state", webhook.getObject().state().name().toLowerCase(java.util.Locale.ROOT));
        }
        Instant lastPoll = meters.lastSuccessfulPoll();
        if (lastPoll != null) {
            health.withDetail("lastSuccessfulPoll", lastPoll.toString())
                    .withDetail("secondsSinceLastPoll", Duration.between(lastPoll, now).toSeconds());
        }
        Instant lastUpdate = meters.lastUpdateReceived();
        if (lastUpdate != null) {
            health.withDetail("lastUpdateReceived", lastUpdate.toString());
        }
        return health;
    }
}
