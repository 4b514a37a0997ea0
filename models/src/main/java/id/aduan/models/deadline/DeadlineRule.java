package id.aduan.models.deadline;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The time limits of SP4N-LAPOR! (Permen PANRB 46/2020) that Aduan watches, each counted from its own starting event.
 */
public enum DeadlineRule {
    /** The admin verifies a complaint within 3 working days of receiving it. */
    VERIFICATION("verifikasi", "Verifikasi laporan", 3, true),
    /** The agency follows up within 5 working days of the disposition to it. */
    FOLLOW_UP("tindak-lanjut", "Tindak lanjut oleh instansi", 5, true),
    /** A complaint closes itself 10 working days after the follow-up when the citizen does not answer. */
    AUTO_CLOSE("tutup-otomatis", "Ditutup otomatis bila pelapor tidak menanggapi", 10, true),
    /** A complaint is finished within 60 calendar days of receipt, holidays included. */
    COMPLETION("penyelesaian", "Batas waktu penyelesaian", 60, false);

    private final String code;
    private final String displayName;
    private final int days;
    private final boolean workingDays;

    DeadlineRule(String code, String displayName, int days, boolean workingDays) {
        this.code = code;
        this.displayName = displayName;
        this.days = days;
        this.workingDays = workingDays;
    }

    public String code() {
        return code;
    }

    /** The Indonesian name shown to officers. */
    public String displayName() {
        return displayName;
    }

    /** How many days the rule allows, in working days or, when {@link #countsWorkingDays()} is false, in calendar days. */
    public int days() {
        return days;
    }

    public boolean countsWorkingDays() {
        return workingDays;
    }

    /** The deadline of an event (receipt, disposition, follow-up) that happened at {@code start}. */
    public Deadline from(Instant start, WorkingCalendar calendar) {
        var startDate = WorkingCalendar.dateOf(start);
        return new Deadline(this, workingDays ? calendar.addWorkingDays(startDate, days) : startDate.plusDays(days));
    }

    public static Optional<DeadlineRule> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
