package io.permitguide.service.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.permitguide.model.FamilyCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The status follows the recorded facts and the date in China, whatever zone the computer is set to. */
class PermitStatusTest {
    private static final TimeZone ORIGINAL = TimeZone.getDefault();

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(ORIGINAL);
    }

    /** The timeline "now" on a computer whose zone is {@code zone}, as the app computes it. */
    private static PermitTimeline at(FamilyCase familyCase, String instant, String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneId.systemDefault());
        return PermitTimeline.of(familyCase, ChinaDates.today(clock));
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/Los_Angeles", "Asia/Shanghai", "Europe/Berlin", "Pacific/Auckland", "UTC"})
    void everyStateWithItsCountdown(String zone) {
        // 2025-03-05T02:00Z is 2025-03-05 in China (and March 4 in Los Angeles).
        // Departure Mon Mar 31, ready by Sun Mar 30: accepted Wed Mar 19 -> ready Fri Mar 28; Mar 20 -> Mar 31.
        String now = "2025-03-05T02:00:00Z";
        assertStatus(PermitState.NOT_APPLIED, "2025-03-19", 14,
                at(Cases.in("beijing").margin(0).trip("2025-03-31", "2025-04-20").build(), now, zone));
        // With the usual margin of 3 working days: ready by Tue Mar 25, so accepted by Fri Mar 14.
        assertStatus(PermitState.NOT_APPLIED, "2025-03-14", 9,
                at(Cases.in("beijing").trip("2025-03-31", "2025-04-20").build(), now, zone));
        assertStatus(PermitState.NOT_APPLIED, null, null, at(Cases.in("beijing").build(), now, zone));
        // Applied Mon Mar 3, 7 working days -> Wed Mar 12.
        assertStatus(PermitState.PROCESSING, "2025-03-12", 7,
                at(Cases.in("beijing").applied("2025-03-03").build(), now, zone));
        assertStatus(PermitState.READY_TO_COLLECT, "2025-03-04", -1,
                at(Cases.in("beijing").applied("2025-02-21").build(), now, zone));
        assertStatus(PermitState.VALID, "2025-06-01", 88,
                at(Cases.in("beijing").applied("2025-02-21").collected("2025-03-04").issued("2025-03-02", "2025-06-01").build(), now, zone));
        assertStatus(PermitState.USED_FOR_EXIT, "2025-03-31", 26,
                at(Cases.in("beijing").issued("2025-01-01", "2025-03-31").exited("2025-02-01").build(), now, zone));
        assertStatus(PermitState.USED_UP, null, null,
                at(Cases.in("beijing").issued("2025-01-01", "2025-03-31").exited("2025-02-01").entered("2025-02-20").build(), now, zone));
        assertStatus(PermitState.EXPIRED, null, null,
                at(Cases.in("beijing").issued("2024-11-01", "2025-01-31").build(), now, zone));
        // A multiple-entry permit is valid again after the child comes back.
        assertStatus(PermitState.VALID, "2025-12-31", 301,
                at(Cases.in("shenzhen").multipleEntry().issued("2025-01-01", "2025-12-31").exited("2025-02-01").entered("2025-02-20").build(), now, zone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/Los_Angeles", "Asia/Shanghai", "Europe/London", "Pacific/Honolulu"})
    void expiresAtMidnightInChinaEvenIfItIsStillTheDayBeforeLocally(String zone) {
        FamilyCase familyCase = Cases.in("beijing").issued("2025-01-01", "2025-03-31").build();
        // 15:59Z on Mar 31 is 23:59 in China: the last valid minute.
        assertStatus(PermitState.VALID, "2025-03-31", 0, at(familyCase, "2025-03-31T15:59:00Z", zone));
        // 16:00Z is midnight in China; in Los Angeles it is still the morning of March 31.
        assertStatus(PermitState.EXPIRED, null, null, at(familyCase, "2025-03-31T16:00:00Z", zone));
    }

    @Test
    void chinaDateIgnoresTheClockZone() {
        Instant instant = Instant.parse("2025-03-31T20:00:00Z");
        assertEquals(LocalDate.parse("2025-04-01"), ChinaDates.today(Clock.fixed(instant, ZoneId.of("America/Los_Angeles"))));
        assertEquals(LocalDate.parse("2025-04-01"), ChinaDates.today(Clock.fixed(instant, ZoneId.of("Asia/Tokyo"))));
    }

    private static void assertStatus(PermitState state, String deadline, Integer daysLeft, PermitTimeline timeline) {
        PermitStatus status = timeline.status();
        assertEquals(state, status.state());
        if (deadline == null) {
            assertNull(status.deadline());
        } else {
            assertEquals(LocalDate.parse(deadline), status.deadline());
        }
        assertEquals(daysLeft, status.daysLeft());
    }
}
