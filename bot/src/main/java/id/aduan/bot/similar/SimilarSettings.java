package id.aduan.bot.similar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an open complaint counts as "the same problem" for the offer to follow it: the least text similarity (0 to
 * 1), how recent it must be (created within {@code maxAge}), and, when both places are shared locations, how far
 * apart they may be. The index is refreshed every {@code aduan.bot.similar.refresh-interval} (default 5s).
 */
@ConfigurationProperties("aduan.bot.similar")
public record SimilarSettings(@DefaultValue("0.4") double minScore, @DefaultValue("30d") Duration maxAge,
                              @DefaultValue("500") double maxDistanceMeters) {
}
