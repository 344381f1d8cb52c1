package io.permitguide.service.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.service.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of the date arithmetic over 2019-2028, published schedules and estimated years alike. */
class DateArithmeticPropertiesTest {
    private static final LocalDate START = LocalDate.of(2019, 1, 1);
    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    private static LocalDate day(int offset) {
        return START.plusDays(offset);
    }

    @Property
    void collectionIsAWorkingDayExactlyNWorkingDaysLater(@ForAll @IntRange(max = 3600) int offset,
                                                         @ForAll @IntRange(min = 1, max = 30) int workingDays) {
        LocalDate accepted = day(offset);
        LocalDate ready = calendar.addWorkingDays(accepted, workingDays);
        assertTrue(ready.isAfter(accepted));
        assertTrue(calendar.isWorkingDay(ready));
        assertTrue(calendar.workingDaysBetween(accepted, ready) == workingDays);
        assertTrue(calendar.workingDaysBetween(accepted, ready.minusDays(1)) == workingDays - 1);
    }

    @Property
    void laterAcceptanceNeverGivesAnEarlierCollection(@ForAll @IntRange(max = 3600) int offset,
                                                      @ForAll @IntRange(min = 1, max = 40) int laterBy,
                                                      @ForAll @IntRange(min = 1, max = 20) int workingDays) {
        LocalDate first = day(offset);
        LocalDate second = first.plusDays(laterBy);
        assertTrue(!calendar.addWorkingDays(second, workingDays).isBefore(calendar.addWorkingDays(first, workingDays)));
    }

    @Property
    void lastDayToApplyIsTheLatestThatIsReadyInTime(@ForAll @IntRange(min = 60, max = 3600) int offset,
                                                     @ForAll @IntRange(min = 1, max = 20) int workingDays) {
        LocalDate readyBy = day(offset);
        LocalDate latest = calendar.latestAcceptanceFor(readyBy, workingDays);
        assertTrue(calendar.isWorkingDay(latest));
        assertTrue(!calendar.addWorkingDays(latest, workingDays).isAfter(readyBy));
        for (LocalDate later = latest.plusDays(1); later.isBefore(readyBy); later = later.plusDays(1)) {
            assertTrue(!calendar.isWorkingDay(later) || calendar.addWorkingDays(later, workingDays).isAfter(readyBy));
        }
    }

    @Property
    void proposedExpiryIsWithinTheValidityMonths(@ForAll @IntRange(max = 3600) int offset,
                                                 @ForAll @IntRange(min = 1, max = 24) int months) {
        LocalDate issue = day(offset);
        LocalDate expiry = PermitTimeline.proposedExpiry(issue, months);
        assertTrue(expiry.isAfter(issue));
        assertTrue(expiry.isBefore(issue.plusMonths(months)));
        assertTrue(!expiry.isBefore(issue.plusMonths(months).minusDays(3)));
    }

    @Property
    void estimateExactlyWhenAnUnpublishedYearIsCrossed(@ForAll @IntRange(max = 3600) int offset,
                                                        @ForAll @IntRange(min = 1, max = 30) int workingDays) {
        LocalDate accepted = day(offset);
        LocalDate ready = calendar.addWorkingDays(accepted, workingDays);
        Assume.that(ready.getYear() <= 2028);
        boolean unpublished = accepted.getYear() >= 2027 || ready.getYear() >= 2027;
        assertTrue(calendar.isEstimate(accepted, ready) == unpublished);
    }
}
