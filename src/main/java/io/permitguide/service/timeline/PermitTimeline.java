package io.permitguide.service.timeline;

import io.permitguide.model.Application;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.Permit;
import io.permitguide.model.Trip;
import io.permitguide.service.calendar.WorkingDayCalendar;
import io.permitguide.service.city.BureauCity;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.city.ValidityOption;
import io.permitguide.service.guidance.DocumentCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One picture of a case's dates for the document the child travels on, all China dates, computed from the facts
 * the family recorded. Dates the app cannot know yet are null. Only the Entry-Exit Permit has a bureau countdown in
 * Chinese working days; a Travel Document has a known validity; the other documents are tracked by the dates the
 * family types.
 *
 * @param today                  the date in China this picture is for
 * @param document               the document these dates are for
 * @param cityId                 the city profile the processing time and validity come from
 * @param cityFallback           true when the city is not listed and typical figures were used
 * @param processingWorkingDays  working days from acceptance to collection at the bureau (0 without a bureau countdown)
 * @param marginWorkingDays      working days kept between the expected collection and the flight
 * @param validityMonths         months of validity of the document this case has or will get (0 when not known)
 * @param multipleEntry          whether the document allows more than one exit
 * @param plannedDeparture       planned departure from the mainland
 * @param plannedReturn          planned return to the mainland
 * @param lastDayToApply         last working day to apply so the permit is ready the margin before departure
 * @param lastDayToApplyEstimate true when that date crosses a year without a published holiday schedule
 * @param appliedOn              day the application was (or is planned to be) accepted
 * @param expectedCollection     the application date plus the processing working days
 * @param collectionEstimate     true when that date crosses a year without a published holiday schedule
 * @param collectedOn            day the document was collected
 * @param issueDate              issue date printed on the document
 * @param expiry                 expiry as typed from the document, else proposed from the issue date
 * @param expiryProposed         true when {@code expiry} was computed, not typed
 * @param exitDate               day the child left on the document
 * @param entryDate              day the child came back on it
 * @param latestReturn           last day the child can re-enter on the document (its expiry)
 * @param status                 where the document stands today, with its countdown
 * @param conflicts              dates that do not fit together, each with advice
 */
public record PermitTimeline(
        LocalDate today,
        DocumentCode document,
        String cityId,
        boolean cityFallback,
        int processingWorkingDays,
        int marginWorkingDays,
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

    /** Working days between the expected collection and the flight when the family has not chosen a margin. */
    public static final int DEFAULT_MARGIN_WORKING_DAYS = 3;
    /** The largest margin accepted; more would push the last day to apply months ahead. */
    public static final int MAX_MARGIN_WORKING_DAYS = 20;
    /** Travel Documents: 1 year for a single entry, 2 years for multiple entries (facts.md). */
    static final int TRAVEL_DOCUMENT_SINGLE_MONTHS = 12;
    static final int TRAVEL_DOCUMENT_MULTIPLE_MONTHS = 24;

    public PermitTimeline {
        conflicts = List.copyOf(conflicts);
    }

    /** The Entry-Exit Permit's timeline with the bundled city profiles and holiday schedules. */
    public static PermitTimeline of(FamilyCase familyCase, LocalDate today) {
        return of(familyCase, DocumentCode.ENTRY_EXIT_PERMIT, BureauCity.of(familyCase, CityProfiles.bundled()),
                WorkingDayCalendar.bundled(), today);
    }

    public static PermitTimeline of(FamilyCase familyCase, DocumentCode document, CityProfile city,
                                    WorkingDayCalendar calendar, LocalDate today) {
        Trip trip = familyCase.getTrip();
        Application application = familyCase.getApplication();
        Permit permit = familyCase.getPermit();
        boolean bureau = document == DocumentCode.ENTRY_EXIT_PERMIT;
        int days = bureau ? city.processingWorkingDays() : 0;
        int margin = margin(application);
        int validityMonths = validityMonths(document, city, permit.isMultipleEntry());

        LocalDate departure = trip.getDepartureDate();
        LocalDate lastDayToApply = null;
        boolean lastDayEstimate = false;
        if (bureau && departure != null) {
            // Ready the margin before the day before the flight: a delay at the bureau must not cost the flight.
            lastDayToApply = calendar.latestAcceptanceFor(departure.minusDays(1), days + margin);
            lastDayEstimate = calendar.isEstimate(lastDayToApply, departure);
        }

        LocalDate applied = application.getAppliedOn();
        LocalDate expectedCollection = null;
        boolean collectionEstimate = false;
        if (bureau && applied != null) {
            expectedCollection = calendar.addWorkingDays(applied, days);
            collectionEstimate = calendar.isEstimate(applied, expectedCollection);
        }

        LocalDate expiry = permit.getExpiryDate();
        boolean proposed = false;
        if (expiry == null && permit.getIssueDate() != null && validityMonths > 0) {
            expiry = proposedExpiry(permit.getIssueDate(), validityMonths);
            proposed = true;
        }

        Facts facts = new Facts(document, today, departure, trip.getReturnDate(), lastDayToApply, applied,
                expectedCollection, application.getCollectedOn(), permit.getIssueDate(), permit.getExpiryDate(), expiry,
                permit.isMultipleEntry(), permit.getExitDate(), permit.getEntryDate(), validityMonths);
        return new PermitTimeline(today, document, city.id(), city.fallback(), days, margin, validityMonths,
                permit.isMultipleEntry(), departure, trip.getReturnDate(), lastDayToApply, lastDayEstimate, applied,
                expectedCollection, collectionEstimate, application.getCollectedOn(), permit.getIssueDate(), expiry,
                proposed, permit.getExitDate(), permit.getEntryDate(), expiry, facts.status(), facts.conflicts());
    }

    /** The family's margin, kept within 0 and {@link #MAX_MARGIN_WORKING_DAYS}; the default when not chosen. */
    public static int margin(Application application) {
        Integer chosen = application.getMarginWorkingDays();
        return chosen == null ? DEFAULT_MARGIN_WORKING_DAYS : Math.max(0, Math.min(MAX_MARGIN_WORKING_DAYS, chosen));
    }

    /**
     * The expiry proposed from the issue date: the day before the same date {@code months} later, as Chinese
     * documents print it. If the document shows another date, the typed one wins.
     */
    public static LocalDate proposedExpiry(LocalDate issueDate, int months) {
        return issueDate.plusMonths(months).minusDays(1);
    }

    private static int validityMonths(DocumentCode document, CityProfile city, boolean multipleEntry) {
        return switch (document) {
            case ENTRY_EXIT_PERMIT -> validityFor(city, multipleEntry).months();
            case TRAVEL_DOCUMENT -> multipleEntry ? TRAVEL_DOCUMENT_MULTIPLE_MONTHS : TRAVEL_DOCUMENT_SINGLE_MONTHS;
            // A visa, a residence permit or a passport: only the dates printed in it are known.
            default -> 0;
        };
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

    /** True when a date the family relies on (last day to apply, collection) crosses a year without a schedule. */
    public boolean hasEstimate() {
        return lastDayToApplyEstimate || collectionEstimate;
    }

    /**
     * The recorded and computed facts the status and conflicts follow from. A date recorded as done (collected,
     * issued, left, came back) counts only once it is not after today: until then it is a plan, not a fact.
     */
    private record Facts(DocumentCode document, LocalDate today, LocalDate departure, LocalDate plannedReturn,
                         LocalDate lastDayToApply, LocalDate applied, LocalDate expectedCollection, LocalDate collected,
                         LocalDate issue, LocalDate typedExpiry, LocalDate expiry, boolean multipleEntry,
                         LocalDate exit, LocalDate entry, int validityMonths) {

        private boolean happened(LocalDate date) {
            return date != null && !date.isAfter(today);
        }

        boolean hasDocument() {
            // An expiry typed without an issue or collection date is copied from a document in the family's hands.
            return happened(collected) || happened(issue)
                    || (typedExpiry != null && collected == null && issue == null);
        }

        PermitStatus status() {
            boolean left = happened(exit);
            boolean back = happened(entry);
            if (!hasDocument() && !left && !back) {
                return statusBeforeDocument();
            }
            if (back && !multipleEntry && (left || exit == null)) {
                return PermitStatus.of(PermitState.USED_UP, null, today);
            }
            if (expiry != null && today.isAfter(expiry)) {
                return PermitStatus.of(PermitState.EXPIRED, null, today);
            }
            if (left && (!back || entry.isBefore(exit))) {
                return PermitStatus.of(PermitState.USED_FOR_EXIT, expiry, today);
            }
            return PermitStatus.of(PermitState.VALID, expiry, today);
        }

        private PermitStatus statusBeforeDocument() {
            if (document == DocumentCode.NO_CLEAR_PATH) {
                return PermitStatus.of(PermitState.UNDECIDED, null, today);
            }
            if (document != DocumentCode.ENTRY_EXIT_PERMIT) {
                return PermitStatus.of(PermitState.NO_DATES, null, today);
            }
            if (applied == null) {
                return PermitStatus.of(PermitState.NOT_APPLIED, lastDayToApply, today);
            }
            if (applied.isAfter(today)) {
                return PermitStatus.of(PermitState.APPLICATION_PLANNED, applied, today);
            }
            return today.isBefore(expectedCollection)
                    ? PermitStatus.of(PermitState.PROCESSING, expectedCollection, today)
                    : PermitStatus.of(PermitState.READY_TO_COLLECT, expectedCollection, today);
        }

        List<Conflict> conflicts() {
            boolean permit = document == DocumentCode.ENTRY_EXIT_PERMIT;
            List<Conflict> found = new ArrayList<>();
            if (departure != null && plannedReturn != null && plannedReturn.isBefore(departure)) {
                found.add(Conflict.of(ConflictCode.RETURN_BEFORE_DEPARTURE, permit, departure, plannedReturn));
            }
            if (typedExpiry != null && issue != null && !typedExpiry.isAfter(issue)) {
                found.add(Conflict.of(ConflictCode.EXPIRY_BEFORE_ISSUE, permit, issue, typedExpiry));
            }
            for (LocalDate done : new LocalDate[] {collected, issue, exit, entry}) {
                if (done != null && done.isAfter(today)) {
                    found.add(Conflict.of(ConflictCode.RECORDED_DATE_IN_FUTURE, permit, done, today));
                    break;
                }
            }
            stepsOutOfOrder(permit).ifPresent(found::add);
            boolean notYetLeft = !happened(exit);
            if (!happened(applied) && !hasDocument() && lastDayToApply != null && today.isAfter(lastDayToApply)
                    && !departure.isBefore(today)) {
                found.add(Conflict.of(ConflictCode.APPLY_DEADLINE_PASSED, permit, lastDayToApply, departure));
            }
            if (expectedCollection != null && !hasDocument() && departure != null && notYetLeft
                    && !departure.isAfter(expectedCollection)) {
                found.add(Conflict.of(ConflictCode.DEPARTURE_BEFORE_COLLECTION, permit, departure, expectedCollection));
            }
            if (expiry != null && departure != null && notYetLeft && departure.isAfter(expiry)) {
                found.add(Conflict.of(ConflictCode.DEPARTURE_AFTER_EXPIRY, permit, departure, expiry));
            }
            if (expiry != null && plannedReturn != null && !happened(entry) && plannedReturn.isAfter(expiry)) {
                found.add(Conflict.of(ConflictCode.RETURN_AFTER_EXPIRY, permit, plannedReturn, expiry));
            }
            if (expiry == null && validityMonths > 0 && departure != null && plannedReturn != null
                    && !plannedReturn.isBefore(departure.plusMonths(validityMonths))) {
                found.add(Conflict.of(ConflictCode.TRIP_LONGER_THAN_VALIDITY, permit, departure, plannedReturn));
            }
            if (happened(exit) && !happened(entry) && expiry != null && today.isAfter(expiry)) {
                found.add(Conflict.of(ConflictCode.EXPIRED_WHILE_ABROAD, permit, exit, expiry));
            }
            return found;
        }

        /**
         * The first step recorded before a step it follows (application, issue, collection, exit): {0} the earlier
         * step's date, {1} the later step's. A typing slip here would make a permit look valid that is not.
         */
        private Optional<Conflict> stepsOutOfOrder(boolean permit) {
            LocalDate[] steps = {applied, issue, collected, exit};
            for (int later = 1; later < steps.length; later++) {
                for (int earlier = 0; earlier < later; earlier++) {
                    if (steps[earlier] != null && steps[later] != null && steps[later].isBefore(steps[earlier])) {
                        return Optional.of(Conflict.of(ConflictCode.STEPS_OUT_OF_ORDER, permit, steps[earlier], steps[later]));
                    }
                }
            }
            return Optional.empty();
        }
    }
}
