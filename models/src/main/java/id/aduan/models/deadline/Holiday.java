package id.aduan.models.deadline;

import java.time.LocalDate;
import java.util.Objects;

/** A day off for government offices, with its Indonesian name, e.g. 2026-03-19 "Hari Suci Nyepi". */
public record Holiday(LocalDate date, HolidayKind kind, String name) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a holiday needs a name");
        }
    }
}
