package id.aduan.admin.sla;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the deadline watch (overdue escalation, then automatic closing) runs, in Asia/Jakarta time:
 * {@code hourly} at the minute of {@code at}, {@code daily} at {@code at}, or {@code off} (e.g. on all but one
 * instance). {@code watchCron}, when set, is a Spring cron expression that replaces both.
 */
@ConfigurationProperties("aduan.sla")
public record SlaSettings(@DefaultValue("hourly") Frequency watch, @DefaultValue("07:05") LocalTime at,
                          String watchCron) {

    /** How often the watch runs. */
    public enum Frequency { HOURLY, DAILY, OFF }

    public SlaSettings {
        if (watchCron != null && watchCron.isBlank()) {
            watchCron = null;
        }
    }

    /** The cron expression of the schedule, or {@code null} when the watch is off. */
    public String cron() {
        if (watchCron != null) {
            return watchCron;
        }
        return switch (watch) {
            case HOURLY -> "0 %d * * * *".formatted(at.getMinute());
            case DAILY -> "0 %d %d * * *".formatted(at.getMinute(), at.getHour());
            case OFF -> null;
        };
    }
}
