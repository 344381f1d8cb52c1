package io.permitguide.service.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as people type it. Only year-first forms are accepted (2026-03-05, 2026/3/5, 2026.3.5,
 * 2026年3月5日): day-first and month-first orders differ between the two languages, and a silently swapped
 * day and month on a permit form is worse than asking again.
 */
public final class DateInput {
    private static final Pattern YEAR_FIRST = Pattern.compile("\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*");

    private DateInput() {
    }

    /** The date, or empty when the text is not a real date in a year-first form. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = YEAR_FIRST.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** How the app writes dates in forms: ISO, the same in both languages. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
