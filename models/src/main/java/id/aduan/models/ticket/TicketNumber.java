package id.aduan.models.ticket;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a citizen quotes for a complaint, e.g. {@code ADU-2026-000001}: a year and a sequence within it.
 */
public record TicketNumber(int year, long sequence) {

    private static final Pattern FORMAT = Pattern.compile("ADU-(\\d{4})-(\\d{1,9})");
    private static final Pattern IN_TEXT = Pattern.compile("(?i)\\bADU\\s*-?\\s*(\\d{4})\\s*-?\\s*(\\d{1,9})\\b");

    public TicketNumber {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("ticket year out of range: " + year);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("ticket sequence must be positive: " + sequence);
        }
    }

    /** Parses the canonical form, ignoring case and surrounding spaces; throws on anything else. */
    public static TicketNumber parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "not a ticket number (expected ADU-YYYY-NNNNNN): " + text));
    }

    /** Parses the canonical form, ignoring case and surrounding spaces. */
    public static Optional<TicketNumber> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        return m.matches() ? Optional.of(new TicketNumber(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2))))
                : Optional.empty();
    }

    /** Finds a ticket number written loosely inside a chat message ("cek status adu-2026-12"). */
    public static Optional<TicketNumber> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = IN_TEXT.matcher(text);
        return m.find() ? Optional.of(new TicketNumber(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2))))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ADU-%d-%06d", year, sequence);
    }
}
