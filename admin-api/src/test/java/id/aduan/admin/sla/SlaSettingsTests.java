package id.aduan.admin.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

class SlaSettingsTests {

    @Test
    void runsHourlyAtTheConfiguredMinuteDailyAtTheConfiguredTimeOrNotAtAll() {
        assertThat(new SlaSettings(SlaSettings.Frequency.HOURLY, LocalTime.of(7, 5), null).cron())
                .isEqualTo("0 5 * * * *");
        assertThat(new SlaSettings(SlaSettings.Frequency.DAILY, LocalTime.of(6, 30), " ").cron())
                .isEqualTo("0 30 6 * * *");
        assertThat(new SlaSettings(SlaSettings.Frequency.OFF, LocalTime.of(6, 30), null).cron()).isNull();
        for (var f : SlaSettings.Frequency.values()) {
            String cron = new SlaSettings(f, LocalTime.of(23, 59), null).cron();
            assertThat(cron == null || CronExpression.isValidExpression(cron)).as(f.name()).isTrue();
        }
    }

    @Test
    void anExplicitCronExpressionWins() {
        assertThat(new SlaSettings(SlaSettings.Frequency.DAILY, LocalTime.of(6, 30), "0 0 */4 * * *").cron())
                .isEqualTo("0 0 */4 * * *");
    }
}
