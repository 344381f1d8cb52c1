package io.permitguide.service.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** The bundled holiday-cn files (identical to upstream), read in the test without the calendar's own code. */
final class PublishedSchedules {
    private PublishedSchedules() {
    }

    /** Date to isOffDay, as the year's file lists them; none for a year without a file. */
    static Map<LocalDate, Boolean> listed(int year) {
        try (InputStream in = PublishedSchedules.class.getResourceAsStream("/data/holidays/" + year + ".json")) {
            if (in == null) {
                return Map.of();
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<LocalDate, Boolean> days = new TreeMap<>();
            root.path("days").forEach(day -> days.put(LocalDate.parse(day.get("date").asText()), day.get("isOffDay").asBoolean()));
            return days;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the published schedule makes {@code date} a working day. */
    static boolean isWorkingDay(LocalDate date) {
        Boolean off = listed(date.getYear()).get(date);
        if (off == null && date.getMonthValue() == 12) {
            off = listed(date.getYear() + 1).get(date);
        }
        return off != null ? !off : !isWeekend(date);
    }

    static boolean isWeekend(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY, SUNDAY -> true;
            default -> false;
        };
    }
}
