package io.permitguide.service.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import io.permitguide.service.data.DataFileException;
import io.permitguide.service.storage.DataFolder;
import io.permitguide.service.storage.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chinese working days from the State Council holiday schedules (holiday-cn format). A listed date with
 * {@code isOffDay: true} is a public holiday, with {@code false} a make-up working day (调休); other days follow
 * the week. A year's schedule is, first found: {@code <data folder>/holidays/<year>.json}, so a newer schedule
 * needs no new build (a file that cannot be read, is for another year or lists no days is ignored with a
 * warning); the bundled {@code resources/data/holidays/<year>.json}; else, for a year without a published
 * schedule, the {@link HolidayEstimator estimate}, whose dates are reported as estimates. Each year is read
 * the first time a date in it (or in the December before it) is asked about.
 */
public final class WorkingDayCalendar {
    private static final String FOLDER = "/data/holidays/";
    /** The folder inside the data folder for newer schedules. */
    public static final String USER_FOLDER = "holidays";

    /** Per year: its published schedule, if any (files also list December dates of the year before). */
    private final Map<Integer, YearSchedule> years = new ConcurrentHashMap<>();
    private final String folder;
    private final Supplier<Path> userFolder;
    /** Per year without a published schedule: its estimated days off (ICU's data loads with the first). */
    private final Map<Integer, Set<LocalDate>> estimates = new ConcurrentHashMap<>();
    private final HolidayEstimator estimator = new HolidayEstimator();

    /** {@code listed}: date to isOffDay as the published file lists them; empty when not published. */
    private record YearSchedule(boolean published, Map<LocalDate, Boolean> listed) {
    }

    private static final class Holder {
        static final WorkingDayCalendar BUNDLED = withDataFolder();
    }

    /** The app's calendar: the schedules in the data folder, then the bundled ones, then estimates. */
    public static WorkingDayCalendar bundled() {
        return Holder.BUNDLED;
    }

    /** A new calendar over the data folder as it resolves now (the app shares {@link #bundled()}). */
    static WorkingDayCalendar withDataFolder() {
        return new WorkingDayCalendar(FOLDER, () -> DataFolder.resolve().resolve(USER_FOLDER));
    }

    /**
     * @param folder     the class-path folder of the bundled schedules
     * @param userFolder the folder whose schedules take precedence, resolved when a year is first read
     */
    WorkingDayCalendar(String folder, Supplier<Path> userFolder) {
        this.folder = folder;
        this.userFolder = userFolder;
    }

    public boolean isWorkingDay(LocalDate date) {
        Boolean off = listedOffDay(date);
        if (off != null) {
            return !off;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** True if the year's official schedule is known (data folder or bundled), so its dates are exact. */
    public boolean isPublished(int year) {
        return schedule(year).published();
    }

    /**
     * True if any day from {@code from} to {@code to} (inclusive) lies in a year without a published schedule,
     * or is a December day off that comes from the next year's estimate.
     */
    public boolean isEstimate(LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(to) ? from : to;
        LocalDate end = from.isBefore(to) ? to : from;
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            if (!isPublished(year)) {
                return true;
            }
        }
        // An estimated New Year break may reach back into December.
        return end.getMonthValue() == 12 && !isPublished(end.getYear() + 1)
                && estimator.newYearBreak(end.getYear() + 1).stream().anyMatch(day -> !day.isBefore(start) && !day.isAfter(end));
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

    /** True for a day off, false for a make-up working day, null for a day that follows the week. */
    private Boolean listedOffDay(LocalDate date) {
        YearSchedule schedule = schedule(date.getYear());
        Boolean off = schedule.published() ? schedule.listed().get(date) : offOrNull(estimate(date.getYear()), date);
        if (off == null && date.getMonthValue() == 12) {
            // Files list the December days of the next New Year break; an estimate of it needs no lunar dates.
            YearSchedule next = schedule(date.getYear() + 1);
            off = next.published() ? next.listed().get(date) : offOrNull(estimator.newYearBreak(date.getYear() + 1), date);
        }
        return off;
    }

    private static Boolean offOrNull(Collection<LocalDate> daysOff, LocalDate date) {
        return daysOff.contains(date) ? Boolean.TRUE : null;
    }

    private YearSchedule schedule(int year) {
        return years.computeIfAbsent(year, this::read);
    }

    private Set<LocalDate> estimate(int year) {
        return estimates.computeIfAbsent(year, estimator::daysOff);
    }

    private YearSchedule read(int year) {
        Map<LocalDate, Boolean> listed = readUserFile(year);
        if (listed.isEmpty()) {
            listed = readBundled(year);
        }
        return new YearSchedule(!listed.isEmpty(), listed);
    }

    /** The year's schedule from the data folder, or none if there is no usable file. Never throws. */
    private Map<LocalDate, Boolean> readUserFile(int year) {
        Path file = null;
        try {
            file = userFolder.get().resolve(year + ".json");
            if (!Files.isRegularFile(file)) {
                return Map.of();
            }
            try (InputStream in = Files.newInputStream(file)) {
                Map<LocalDate, Boolean> listed = parse(in, year, file.toString());
                if (listed.isEmpty()) {
                    log().warn("Ignoring holiday schedule {}: it lists no days", file);
                }
                return listed;
            }
        } catch (DataFileException e) {
            log().warn("Ignoring holiday schedule {}", e.getMessage());
            return Map.of();
        } catch (IOException | RuntimeException e) {
            log().warn("Ignoring holiday schedule {}: {}", file, e.getMessage());
            return Map.of();
        }
    }

    /** Taken only when there is something to say (ArchitectureTest: a static logger would start tinylog). */
    private static Logger log() {
        return LoggerFactory.getLogger(WorkingDayCalendar.class);
    }

    private Map<LocalDate, Boolean> readBundled(int year) {
        String resource = folder + year + ".json";
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(resource)) {
            return in == null ? Map.of() : parse(in, year, resource);
        } catch (IOException e) {
            throw new DataFileException(resource, e.getMessage(), e);
        }
    }

    /** The days of a holiday-cn file; empty if it lists none (a year not yet published). */
    private static Map<LocalDate, Boolean> parse(InputStream in, int year, String source) throws IOException {
        JsonNode root = Json.mapper().readTree(in);
        if (root == null || root.path("year").asInt() != year || !root.path("days").isArray()) {
            throw new DataFileException(source, "expected {\"year\": " + year + ", \"days\": [...]}");
        }
        Map<LocalDate, Boolean> offDays = new HashMap<>();
        for (JsonNode day : root.path("days")) {
            if (!day.path("date").isTextual() || !day.path("isOffDay").isBoolean()) {
                throw new DataFileException(source, "every day needs a \"date\" and a boolean \"isOffDay\": " + day);
            }
            try {
                offDays.put(LocalDate.parse(day.path("date").asText()), day.path("isOffDay").asBoolean());
            } catch (DateTimeException e) {
                throw new DataFileException(source, e.getMessage(), e);
            }
        }
        return Map.copyOf(offDays);
    }
}
