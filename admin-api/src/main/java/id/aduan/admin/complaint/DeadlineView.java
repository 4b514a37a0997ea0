package id.aduan.admin.complaint;

import java.time.LocalDate;

import id.aduan.complaint.Complaint;
import id.aduan.models.deadline.IndonesianDates;

/**
 * The SP4N-LAPOR! deadline in force for a complaint: which rule, the last day (in Jakarta) and whether it passed;
 * null while the complaint waits for the citizen or once it is archived.
 */
public record DeadlineView(String rule, String name, LocalDate dueDate, String dueDateText, boolean overdue) {

    static DeadlineView of(Complaint c) {
        return c.deadline().map(d -> new DeadlineView(d.rule().code(), d.rule().displayName(), d.dueDate(),
                IndonesianDates.format(d.dueDate()), c.overdue())).orElse(null);
    }
}
