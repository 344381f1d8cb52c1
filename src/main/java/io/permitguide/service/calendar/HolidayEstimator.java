package io.permitguide.service.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The days off of a year whose State Council holiday schedule is not published yet, estimated so that a
 * deadline errs early: an extra day off costs the family a day, a missing one can cost them the flight.
 * <p>
 * The statutory holidays are those of the State Council's rules as amended in 2024 (from 2025): New Year's Day
 * (1 January, 1 day), Spring Festival (4 days: the eve and the first three days of the lunar year), Qingming
 * (the solar term, 1 day), Labour Day (1-2 May), Dragon Boat (5th day of the 5th lunar month, 1 day),
 * Mid-Autumn (15th day of the 8th lunar month, 1 day) and National Day (1-3 October). The published schedules
 * stretch these into longer breaks with weekends and make-up working days (调休); the estimate counts the whole
 * usual break as off, as the schedules of 2019-2026 did it:
 * <ul>
 * <li>A one-day holiday (New Year, Qingming, Dragon Boat, a Mid-Autumn apart from National Day) becomes a
 * three-day weekend: on a Tuesday the Monday before is off, on a Thursday the Friday after, on a Saturday or
 * Sunday the Monday after. On a Wednesday it stays one day, as in 2020, 2023 and 2025.</li>
 * <li>Spring Festival: the eve through the 8th day of the lunar year (9 days; the schedules of 2019-2026 gave
 * 7-9, and 10 in 2020 with the epidemic extension, whose last day was a Sunday).</li>
 * <li>Labour Day: 1-5 May.</li>
 * <li>National Day: 1-7 October. A Mid-Autumn from 28 September to 8 October joins it: the break then runs from
 * the earlier of Mid-Autumn and 1 October, and to 8 October when Mid-Autumn falls in October (as in 2020, 2023
 * and 2025).</li>
 * </ul>
 * Make-up working days are never added: a make-up Saturday or Sunday stays off in the estimate, which again errs
 * early. Where ICU's date of a lunar day or of Qingming could be a day out ({@link ChineseDates}), the break is
 * laid around both dates. The dates of a year include the December days its New Year break may take, as the
 * holiday-cn files list them.
 */
public final class HolidayEstimator {
    private final ChineseDates chineseDates = new ChineseDates();

    /** The estimated days off of {@code year}'s holidays, weekends not included unless a break covers them. */
    public NavigableSet<LocalDate> daysOff(int year) {
        NavigableSet<LocalDate> off = new TreeSet<>();
        off.addAll(newYearBreak(year));
        for (LocalDate newYear : chineseDates.lunarDay(year, 1, 1)) {
            off.addAll(days(newYear.minusDays(1), newYear.plusDays(7)));
        }
        for (LocalDate qingming : chineseDates.qingming(year)) {
            off.addAll(threeDayWeekend(qingming));
        }
        off.addAll(days(LocalDate.of(year, Month.MAY, 1), LocalDate.of(year, Month.MAY, 5)));
        for (LocalDate dragonBoat : chineseDates.lunarDay(year, 5, 5)) {
            off.addAll(threeDayWeekend(dragonBoat));
        }
        LocalDate nationalDay = LocalDate.of(year, Month.OCTOBER, 1);
        off.addAll(days(nationalDay, nationalDay.plusDays(6)));
        for (LocalDate midAutumn : chineseDates.lunarDay(year, 8, 15)) {
            if (midAutumn.isBefore(nationalDay.minusDays(3)) || midAutumn.isAfter(nationalDay.plusDays(7))) {
                off.addAll(threeDayWeekend(midAutumn));
            } else if (midAutumn.isBefore(nationalDay)) {
                off.addAll(days(midAutumn, nationalDay));
            } else {
                off.add(nationalDay.plusDays(7));
            }
        }
        return Collections.unmodifiableNavigableSet(off);
    }

    /** The New Year break of {@code year}, which may take the last day of December before it. */
    public List<LocalDate> newYearBreak(int year) {
        return threeDayWeekend(LocalDate.of(year, Month.JANUARY, 1));
    }

    /** A one-day holiday with the working day that would sit between it and the weekend. */
    private static List<LocalDate> threeDayWeekend(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case TUESDAY -> List.of(holiday.minusDays(1), holiday);
            case THURSDAY -> List.of(holiday, holiday.plusDays(1));
            case SATURDAY, SUNDAY -> List.of(holiday, holiday.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
            default -> List.of(holiday);
        };
    }

    private static List<LocalDate> days(LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).toList();
    }
}
