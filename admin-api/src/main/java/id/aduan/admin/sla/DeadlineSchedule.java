package id.aduan.admin.sla;

import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/** Runs the deadline watch on the schedule of {@link SlaSettings}: first the overdue escalation, then auto-close. */
@Component
class DeadlineSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSchedule.class);

    private final OverdueWatch overdue;
    private final AutoClose autoClose;
    private final SlaSettings settings;

    DeadlineSchedule(OverdueWatch overdue, AutoClose autoClose, SlaSettings settings) {
        this.overdue = overdue;
        this.autoClose = autoClose;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        String cron = settings.cron();
        if (cron == null) {
            log.info("The deadline watch is off (aduan.sla.watch=off)");
            return;
        }
        registrar.addTriggerTask(this::run, new CronTrigger(cron, ZoneId.of("Asia/Jakarta")));
    }

    void run() {
        try {
            overdue.watch();
        } catch (RuntimeException e) {
            log.warn("Overdue watch failed, the next round tries again: {}", e.toString());
        }
        try {
            autoClose.closeUnanswered();
        } catch (RuntimeException e) {
            log.warn("Automatic closing failed, the next round tries again: {}", e.toString());
        }
    }
}
