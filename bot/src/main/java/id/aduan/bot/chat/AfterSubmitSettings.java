package id.aduan.bot.chat;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * After a citizen has sent a report: a plain text that would start a new report is first met with "add to
 * ADU-... or a new report?" when the citizen's own open report was updated (sent, or changed by an officer) within
 * {@code addOrNewWindow}. Outside the window a text simply starts a new report.
 */
@ConfigurationProperties("aduan.bot.after-submit")
public record AfterSubmitSettings(@DefaultValue("3d") Duration addOrNewWindow) {
}
