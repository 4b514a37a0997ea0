package id.aduan.bot.localchat;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long the local chat page's messages are kept ({@code aduan.retention.local-chat}, default 30 days). */
@ConfigurationProperties("aduan.retention")
record LocalChatRetention(@DefaultValue("P30D") Period localChat) {

    LocalChatRetention {
        if (localChat.isNegative() || localChat.isZero()) {
            throw new IllegalArgumentException("aduan.retention.local-chat must be positive, got " + localChat);
        }
    }
}
