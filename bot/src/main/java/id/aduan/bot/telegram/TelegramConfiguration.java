package id.aduan.bot.telegram;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import id.aduan.bot.chat.ChatTurns;
import id.aduan.bot.conversation.Texts;
import id.aduan.bot.inbox.Inbox;
import id.aduan.bot.inbox.InboxSettings;
import id.aduan.bot.inbox.InboxWorkers;
import id.aduan.complaint.NotificationOutbox;

/** Wires the TelegramBots client against the configured Bot API base URL, and the inbox, sender and poller. */
@Configuration(proxyBeanMethods = false)
@TelegramEnabled
class TelegramConfiguration {

    @Bean
    TelegramUrl telegramUrl(TelegramSettings settings) {
        URI uri = settings.apiUrl();
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        return new TelegramUrl(https ? "https" : "http", uri.getHost(), port, false);
    }

    /**
     * File downloads in TelegramBots ignore the base URL (they hard-code api.telegram.org), so requests for that
     * host are sent to the configured one.
     */
    @Bean
    OkHttpClient telegramHttpClient(TelegramUrl url, TelegramSettings settings) {
        return new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10)).readTimeout(settings.sendTimeout())
                .addInterceptor(chain -> {
                    var request = chain.request();
                    if ("api.telegram.org".equals(request.url().host()) && !"api.telegram.org".equals(url.getHost())) {
                        HttpUrl rewritten = request.url().newBuilder().scheme(url.getSchema()).host(url.getHost())
                                .port(url.getPort()).build();
                        request = request.newBuilder().url(rewritten).build();
                    }
                    return chain.proceed(request);
                }).build();
    }

    @Bean
    TelegramClient telegramClient(OkHttpClient telegramHttpClient, TelegramSettings settings, TelegramUrl url) {
        return new OkHttpTelegramClient(telegramHttpClient, settings.token(), url);
    }

    @Bean
    TelegramMetrics telegramMetrics(ObjectProvider<MeterRegistry> registry) {
        return new TelegramMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    TelegramSender telegramSender(TelegramClient client, TelegramSettings settings, Clock clock,
                                  TelegramMetrics metrics) {
        Pacing pacing = new Pacing(settings.messagesPerSecond(), settings.chatBurst(), settings.groupMessagesPerMinute());
        return new TelegramSender(client, pacing, clock, Thread::sleep, metrics, settings.sendRetries(),
                Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    @Bean
    TelegramGateway telegramGateway(TelegramSender sender) {
        return new TelegramGateway(sender);
    }

    @Bean
    TelegramUpdates telegramUpdates(ChatTurns turns, TelegramSender sender, NotificationOutbox outbox, Clock clock,
                                    TelegramClient client, TelegramSettings settings, TelegramGateway gateway,
                                    Texts texts, MongoOperations mongo, ReceivedUpdates received) {
        return new TelegramUpdates(turns, sender, outbox, clock,
                new MediaDownloads(client, settings.mediaDir(), mongo, clock), gateway, texts, received);
    }

    @Bean
    ReceivedUpdates receivedTelegramUpdates() {
        return new ReceivedUpdates();
    }

    @Bean
    TelegramAttachments telegramAttachments(MongoOperations mongo) {
        return new TelegramAttachments(mongo);
    }

    @Bean
    InboxWorkers telegramInboxWorkers(Inbox inbox, TelegramUpdates updates, InboxSettings settings, Clock clock) {
        return new InboxWorkers(inbox, updates, settings, clock);
    }

    @Bean
    UpdateIntake telegramUpdateIntake(Inbox inbox, InboxWorkers telegramInboxWorkers, TelegramMetrics metrics,
                                      ReceivedUpdates received) {
        return new UpdateIntake(inbox, telegramInboxWorkers, metrics, received);
    }

    @Bean
    TelegramPolling telegramPolling(TelegramSettings settings, TelegramUrl url, UpdateIntake telegramUpdateIntake,
                                    TelegramMetrics metrics, Clock clock) {
        return new TelegramPolling(settings, url, telegramUpdateIntake, metrics, clock);
    }

    @Bean
    PollLease telegramPollLease(MongoOperations mongo) {
        return new PollLease(mongo);
    }

    @Bean
    WebhookRegistration telegramWebhookRegistration(TelegramClient client, TelegramSettings settings) {
        return new WebhookRegistration(client, settings);
    }

    @Bean
    TelegramReceiver telegramReceiver(TelegramSettings settings, PollLease telegramPollLease,
                                      TelegramPolling telegramPolling, WebhookRegistration telegramWebhookRegistration,
                                      InboxWorkers telegramInboxWorkers, Clock clock) {
        return new TelegramReceiver(settings, telegramPollLease, telegramPolling, telegramWebhookRegistration,
                telegramInboxWorkers, clock);
    }
}
