package io.permitguide.service.timeline;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.guidance.GuidanceCases;
import java.time.LocalDate;

/** Builds cases for the timeline tests: the usual family (whose answer is the permit), without trip dates. */
final class Cases {
    private final FamilyCase familyCase = GuidanceCases.usual();

    static Cases in(String city) {
        Cases cases = new Cases();
        cases.familyCase.getResidence().setCity(city);
        cases.familyCase.getTrip().setDepartureDate(null);
        cases.familyCase.getTrip().setReturnDate(null);
        return cases;
    }

    /** Working days kept between the expected collection and the flight. */
    Cases margin(Integer workingDays) {
        familyCase.getApplication().setMarginWorkingDays(workingDays);
        return this;
    }

    Cases trip(String departure, String plannedReturn) {
        familyCase.getTrip().setDepartureDate(date(departure));
        familyCase.getTrip().setReturnDate(date(plannedReturn));
        return this;
    }

    Cases applied(String date) {
        familyCase.getApplication().setAppliedOn(date(date));
        return this;
    }

    Cases collected(String date) {
        familyCase.getApplication().setCollectedOn(date(date));
        return this;
    }

    Cases issued(String issue, String expiry) {
        familyCase.getPermit().setIssueDate(date(issue));
        familyCase.getPermit().setExpiryDate(date(expiry));
        return this;
    }

    Cases multipleEntry() {
        familyCase.getPermit().setMultipleEntry(true);
        return this;
    }

    Cases exited(String date) {
        familyCase.getPermit().setExitDate(date(date));
        return this;
    }

    Cases entered(String date) {
        familyCase.getPermit().setEntryDate(date(date));
        return this;
    }

    FamilyCase build() {
        return familyCase;
    }

    PermitTimeline on(String today) {
        return PermitTimeline.of(familyCase, LocalDate.parse(today));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
