package io.permitguide.service.timeline;

import io.permitguide.model.Application;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.Permit;
import io.permitguide.model.Trip;
import io.permitguide.service.calendar.WorkingDayCalendar;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.city.ValidityOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One picture of a case's dates, all China dates, computed from the facts the family recorded. Dates the
 * app cannot know yet are null.
 *
 * @param today                  the date in China this picture is for
 * @param cityId                 the city profile the processing time and validity come from
 * @param cityFallback           true when the city is not listed and typical figures were used
 * @param processingWorkingDays  working days from acceptance to collection in that city
 * @param validityMonths         months of validity of the kind of permit this case has or will get
 * @param multipleEntry          whether the permit allows more than one exit
 * @param plannedDeparture       planned departure from the mainland
 * @param plannedReturn          planned return to the mainland
 * @param lastDayToApply         last working day to apply so the permit is ready the day before departure
 * @param lastDayToApplyEstimate true when that date crosses a year without a published holiday schedule
 * @param appliedOn              day the bureau accepted the application
 * @param expectedCollection     the application date plus the processing working days
 * @param collectionEstimate     true when that date crosses a year without a published holiday schedule
 * @param collectedOn            day the permit was collected
 * @param issueDate              issue date printed on the permit
 * @param expiry                 expiry as typed from the permit, else proposed from the issue date
 * @param expiryProposed         true when {@code expiry} was computed, not typed
 * @param exitDate               day the child left on the permit
 * @param entryDate              day the child came back on it
 * @param latestReturn           last day the child can re-enter on the permit (its expiry)
 * @param status                 where the permit stands today, with its countdown
 * @param conflicts              dates that do not fit together, each with advice
 */
public record PermitTimeline(
        LocalDate today,
        String cityId,
        boolean cityFallback,
        int processingWorkingDays,
        int validityMonths,
        boolean multipleEntry,
        LocalDate plannedDeparture,
        LocalDate plannedReturn,
        LocalDate lastDayToApply,
        boolean lastDayToApplyEstimate,
        LocalDate appliedOn,
        LocalDate expectedCollection,
        boolean collectionEstimate,
        LocalDate collectedOn,
        LocalDate issueDate,
        LocalDate expiry,
        boolean expiryProposed,
        LocalDate exitDate,
        LocalDate entryDate,
        LocalDate latestReturn,
        PermitStatus status,
        List<Conflict> conflicts) {

    public PermitTimeline {
        conflicts = List.copyOf(conflicts);
    }

    /** The timeline with the bundled city profiles and holiday schedules. */
    public static PermitTimeline of(FamilyCase familyCase, LocalDate today) {
        return of(familyCase, cityOf(familyCase), WorkingDayCalendar.bundled(), today);
    }

    /** The city whose bureau handles the case: the one applied to, else the city of residence. */
    public static CityProfile cityOf(FamilyCase familyCase) {
        String applied = familyCase.getApplication().getCity();
        String city = applied == null || applied.isBlank() ? familyCase.getResidence().getCity() : applied;
        return CityProfiles.bundled().forCity(city);
    }

    public static PermitTimeline of(FamilyCase familyCase, CityProfile city, WorkingDayCalendar calendar, LocalDate today) {
        Trip trip = familyCase.getTrip();
        Application application = familyCase.getApplication();
        Permit permit = familyCase.getPermit();
        int days = city.processingWorkingDays();
        ValidityOption validity = validityFor(city, permit.isMultipleEntry());

        LocalDate departure = trip.getDepartureDate();
        LocalDate lastDayToApply = null;
        boolean lastDayEstimate = false;
        if (departure != null) {
            // Ready the day before the flight at the latest: collecting on the day of departure is a gamble.
            lastDayToApply = calendar.latestAcceptanceFor(departure.minusDays(1), days);
            lastDayEstimate = calendar.isEstimate(lastDayToApply, departure);
        }

        LocalDate applied = application.getAppliedOn();
        LocalDate expectedCollection = null;
        boolean collectionEstimate = false;
        if (applied != null) {
            expectedCollection = calendar.addWorkingDays(applied, days);
            collectionEstimate = calendar.isEstimate(applied, expectedCollection);
        }

        LocalDate expiry = permit.getExpiryDate();
        boolean proposed = false;
        if (expiry == null && permit.getIssueDate() != null) {
            expiry = proposedExpiry(permit.getIssueDate(), validity.months());
            proposed = true;
        }

        Facts facts = new Facts(today, departure, trip.getReturnDate(), lastDayToApply, applied, expectedCollection,
                application.getCollectedOn(), permit.getIssueDate(), permit.getExpiryDate(), expiry,
                permit.isMultipleEntry(), permit.getExitDate(), permit.getEntryDate(), validity.months());
        return new PermitTimeline(today, city.id(), city.fallback(), days, validity.months(), permit.isMultipleEntry(),
                departure, trip.getReturnDate(), lastDayToApply, lastDayEstimate, applied, expectedCollection,
                collectionEstimate, application.getCollectedOn(), permit.getIssueDate(), expiry, proposed,
                permit.getExitDate(), permit.getEntryDate(), expiry, facts.status(), facts.conflicts());
    }

    /**
     * The expiry proposed from the issue date: the day before the same date {@code months} later, as Chinese
     * documents print it. If the permit shows another date, the typed one wins.
     */
    public static LocalDate proposedExpiry(LocalDate issueDate, int months) {
        return issueDate.plusMonths(months).minusDays(1);
    }

    private static ValidityOption validityFor(CityProfile city, boolean multipleEntry) {
        return city.validity().stream()
                .filter(v -> v.multipleEntry() == multipleEntry)
                .findFirst()
                .orElse(city.usualValidity());
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }

    /** The recorded and computed facts the status and conflicts follow from. */
    private record Facts(LocalDate today, LocalDate departure, LocalDate plannedReturn, LocalDate lastDayToApply,
                         LocalDate applied, LocalDate expectedCollection, LocalDate collected, LocalDate issue,
                         LocalDate typedExpiry, LocalDate expiry, boolean multipleEntry, LocalDate exit,
                         LocalDate entry, int validityMonths) {

        boolean hasPermit() {
            return collected != null || issue != null || expiry != null;
        }

        PermitStatus status() {
            boolean expired = expiry != null && today.isAfter(expiry);
            if (entry != null && !multipleEntry) {
                return PermitStatus.of(PermitState.USED_UP, null, today);
            }
            if (expired) {
                return PermitStatus.of(PermitState.EXPIRED, null, today);
            }
            if (exit != null && (entry == null || entry.isBefore(exit))) {
                return PermitStatus.of(PermitState.USED_FOR_EXIT, expiry, today);
            }
            if (hasPermit() || entry != null) {
                return PermitStatus.of(PermitState.VALID, expiry, today);
            }
            if (applied != null) {
                return today.isBefore(expectedCollection)
                        ? PermitStatus.of(PermitState.PROCESSING, expectedCollection, today)
                        : PermitStatus.of(PermitState.READY_TO_COLLECT, expectedCollection, today);
            }
            return PermitStatus.of(PermitState.NOT_APPLIED, lastDayToApply, today);
        }

        List<Conflict> conflicts() {
            List<Conflict> found = new ArrayList<>();
            if (departure != null && plannedReturn != null && plannedReturn.isBefore(departure)) {
                found.add(Conflict.of(ConflictCode.RETURN_BEFORE_DEPARTURE, departure, plannedReturn));
            }
            if (typedExpiry != null && issue != null && !typedExpiry.isAfter(issue)) {
                found.add(Conflict.of(ConflictCode.EXPIRY_BEFORE_ISSUE, issue, typedExpiry));
            }
            boolean notYetLeft = exit == null;
            if (applied == null && !hasPermit() && lastDayToApply != null && today.isAfter(lastDayToApply)
                    && !departure.isBefore(today)) {
                found.add(Conflict.of(ConflictCode.APPLY_DEADLINE_PASSED, lastDayToApply, departure));
            }
            if (expectedCollection != null && !hasPermit() && departure != null && notYetLeft
                    && !departure.isAfter(expectedCollection)) {
                found.add(Conflict.of(ConflictCode.DEPARTURE_BEFORE_COLLECTION, departure, expectedCollection));
            }
            if (expiry != null && departure != null && notYetLeft && departure.isAfter(expiry)) {
                found.add(Conflict.of(ConflictCode.DEPARTURE_AFTER_EXPIRY, departure, expiry));
            }
            if (expiry != null && plannedReturn != null && entry == null && plannedReturn.isAfter(expiry)) {
                found.add(Conflict.of(ConflictCode.RETURN_AFTER_EXPIRY, plannedReturn, expiry));
            }
            if (expiry == null && departure != null && plannedReturn != null
                    && !plannedReturn.isBefore(departure.plusMonths(validityMonths))) {
                found.add(Conflict.of(ConflictCode.TRIP_LONGER_THAN_VALIDITY, departure, plannedReturn));
            }
            if (exit != null && entry == null && expiry != null && today.isAfter(expiry)) {
                found.add(Conflict.of(ConflictCode.EXPIRED_WHILE_ABROAD, exit, expiry));
            }
            return found;
        }
    }
}
