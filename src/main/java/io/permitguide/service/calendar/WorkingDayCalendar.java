package io.permitguide.service.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import io.permitguide.service.data.DataFileException;
import io.permitguide.service.storage.Json;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chinese working days from the State Council holiday schedules in {@code resources/data/holidays/<year>.json}
 * (holiday-cn format). A listed date with {@code isOffDay: true} is a public holiday, with {@code false} a
 * make-up working day (调休); other days follow the week. A year whose file is missing or empty has no
 * published schedule: dates in it are computed from weekends alone and reported as estimates.
 * Adding next year's file is all it takes to cover it.
 */
public final class WorkingDayCalendar {
    private static final String FOLDER = "/data/holidays/";

    /** Per year: the dates listed in that year's file (and December dates of the year before, as files hold them). */
    private final Map<Integer, YearSchedule> years = new ConcurrentHashMap<>();
    private final String folder;

    private record YearSchedule(boolean published, Map<LocalDate, Boolean> offDays) {
    }

    private static final class Holder {
        static final WorkingDayCalendar BUNDLED = new WorkingDayCalendar(FOLDER);
    }

    /** The calendar of the bundled schedules. */
    public static WorkingDayCalendar bundled() {
        return Holder.BUNDLED;
    }

    WorkingDayCalendar(String folder) {
        this.folder = folder;
    }

    public boolean isWorkingDay(LocalDate date) {
        Boolean off = listedOffDay(date);
        if (off != null) {
            return !off;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** True if the year's official schedule is bundled, so its dates are exact. */
    public boolean isPublished(int year) {
        return schedule(year).published();
    }

    /** True if any day from {@code from} to {@code to} (inclusive) lies in a year without a published schedule. */
    public boolean isEstimate(LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(to) ? from : to;
        LocalDate end = from.isBefore(to) ? to : from;
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            if (!isPublished(year)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day on which {@code workingDays} working days have passed after {@code accepted}; the day of
     * acceptance itself is not counted. With 0 it is {@code accepted}.
     */
    public LocalDate addWorkingDays(LocalDate accepted, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate date = accepted;
        int left = workingDays;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * The latest working day on which an application can be accepted so that it is ready on or before
     * {@code readyBy}.
     */
    public LocalDate latestAcceptanceFor(LocalDate readyBy, int workingDays) {
        LocalDate candidate = readyBy.minusDays(1);
        while (!isWorkingDay(candidate) || addWorkingDays(candidate, workingDays).isAfter(readyBy)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    /** Working days strictly after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private Boolean listedOffDay(LocalDate date) {
        Boolean off = schedule(date.getYear()).offDays().get(date);
        if (off == null && date.getMonthValue() == 12) {
            off = schedule(date.getYear() + 1).offDays().get(date);
        }
        return off;
    }

    private YearSchedule schedule(int year) {
        return years.computeIfAbsent(year, this::read);
    }

    private YearSchedule read(int year) {
        String resource = folder + year + ".json";
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new YearSchedule(false, Map.of());
            }
            JsonNode root = Json.mapper().readTree(in);
            if (root == null || root.path("year").asInt() != year || !root.path("days").isArray()) {
                throw new DataFileException(resource, "expected {\"year\": " + year + ", \"days\": [...]}");
            }
            Map<LocalDate, Boolean> offDays = new HashMap<>();
            for (JsonNode day : root.path("days")) {
                if (!day.path("date").isTextual() || !day.path("isOffDay").isBoolean()) {
                    throw new DataFileException(resource, "every day needs a \"date\" and a boolean \"isOffDay\": " + day);
                }
                offDays.put(LocalDate.parse(day.path("date").asText()), day.path("isOffDay").asBoolean());
            }
            return new YearSchedule(!offDays.isEmpty(), Map.copyOf(offDays));
        } catch (IOException | java.time.DateTimeException e) {
            throw new DataFileException(resource, e.getMessage(), e);
        }
    }
}
