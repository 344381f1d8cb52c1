package io.permitguide.service.calendar;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.JulianFields;
import java.util.List;

/**
 * The Gregorian dates of lunar days and of Qingming, from ICU4J: lunar dates from {@link ChineseCalendar},
 * Qingming (the sun at 15° ecliptic longitude) from ICU's {@link CalendarAstronomer}, the same astronomy
 * ChineseCalendar is built on (ICU has no public solar-term API; the class is internal, so the version is
 * pinned in pom.xml and the 2019-2026 tests would catch a change).
 * <p>
 * ICU's astronomy is a few minutes off (its new moons came 3-18 minutes late against published times, its
 * Qingming about 18 minutes early). When the new moon that starts a lunar month, or the Qingming moment, lies
 * within {@link #NEAR_MIDNIGHT} of midnight in Beijing, the day may really be the one next to it: both dates are
 * returned. That happens in 2027, whose new moon is at 23:56 on 6 February (Beijing) and ICU's at 00:03 on
 * the 7th, so ICU alone puts the Spring Festival a day late.
 */
final class ChineseDates {
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final Duration NEAR_MIDNIGHT = Duration.ofHours(1);
    private static final double QINGMING_LONGITUDE = Math.toRadians(15);

    /**
     * The dates on which day {@code day} of lunar month {@code month} (1-12, not a leap month) of the lunar year
     * that begins in {@code gregorianYear} may fall: one date, or two adjacent dates, earliest first.
     */
    List<LocalDate> lunarDay(int gregorianYear, int month, int day) {
        LocalDate monthStart = monthStart(gregorianYear, month);
        Duration newMoonAfterMidnight = Duration.between(startOfDay(monthStart), newMoonFrom(monthStart));
        return withNeighbourNearMidnight(monthStart.plusDays(day - 1L), newMoonAfterMidnight);
    }

    /** The dates on which Qingming of {@code year} may fall: one date, or two adjacent dates, earliest first. */
    List<LocalDate> qingming(int year) {
        CalendarAstronomer astronomer = new CalendarAstronomer(startOfDay(LocalDate.of(year, 3, 25)).toEpochMilli());
        LocalDateTime moment = LocalDateTime.ofInstant(
                Instant.ofEpochMilli(astronomer.getSunTime(QINGMING_LONGITUDE, true)), BEIJING);
        LocalDate date = moment.toLocalDate();
        return withNeighbourNearMidnight(date, Duration.between(date.atStartOfDay(), moment));
    }

    /** {@code date}, and the day before or after it when the moment that decides it lies near midnight. */
    private static List<LocalDate> withNeighbourNearMidnight(LocalDate date, Duration momentAfterMidnight) {
        if (momentAfterMidnight.compareTo(NEAR_MIDNIGHT) < 0) {
            return List.of(date.minusDays(1), date);
        }
        if (momentAfterMidnight.compareTo(Duration.ofDays(1).minus(NEAR_MIDNIGHT)) > 0) {
            return List.of(date, date.plusDays(1));
        }
        return List.of(date);
    }

    /** ICU's first day of the lunar month. */
    private static LocalDate monthStart(int gregorianYear, int month) {
        // GMT: the calendar's fields are then the plain dates of the millis given (the astronomy inside uses Beijing time).
        ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.CHINA);
        // 1 March always lies in the lunar year that begins in the same Gregorian year (New Year is 21 Jan - 20 Feb).
        calendar.setTimeInMillis(LocalDate.of(gregorianYear, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
        int lunarYear = calendar.get(Calendar.EXTENDED_YEAR);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, lunarYear);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, calendar.get(Calendar.JULIAN_DAY));
    }

    /** ICU's first new moon from the start of {@code day} in Beijing. */
    private static Instant newMoonFrom(LocalDate day) {
        CalendarAstronomer astronomer = new CalendarAstronomer(startOfDay(day).toEpochMilli());
        return Instant.ofEpochMilli(astronomer.getMoonTime(CalendarAstronomer.NEW_MOON, true));
    }

    private static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay().toInstant(BEIJING);
    }
}
