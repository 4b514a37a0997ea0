package id.aduan.bot.localchat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** Active when no Telegram token is set (the local chat stands in for Telegram), or when forced on. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnExpression("'${aduan.telegram.token:}'.isBlank() or '${aduan.local-chat.enabled:false}' == 'true'")
@interface LocalChatEnabled {
}
