package id.aduan.bot.telegram;

import java.net.URI;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Wires the TelegramBots client against the configured Bot API base URL. */
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
    OkHttpClient telegramHttpClient(TelegramUrl url) {
        return new OkHttpClient.Builder().addInterceptor(chain -> {
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
}
