package id.aduan.admin.learning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the classifier retrains from officers' corrections: after {@code retrainAfter} new corrections, and on the
 * {@code retrainCron} schedule (default 02:00 Jakarta time) when there are new ones.
 */
@ConfigurationProperties("aduan.learning")
public record LearningSettings(@DefaultValue("20") int retrainAfter,
                               @DefaultValue("0 0 2 * * *") String retrainCron) {
}
