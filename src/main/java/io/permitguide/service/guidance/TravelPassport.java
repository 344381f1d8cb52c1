package io.permitguide.service.guidance;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Passport;
import java.time.LocalDate;
import java.util.List;

/**
 * The foreign passport the child travels on: the first one listed, as Details and the packet show it. The Guide's
 * warning and the checklist's renewal item both ask it, so they cannot disagree.
 */
public final class TravelPassport {
    private TravelPassport() {
    }

    /** Its expiry, or null when the case does not give one. */
    public static LocalDate expiry(FamilyCase familyCase) {
        List<Passport> passports = familyCase.getChild().getForeignPassports();
        return passports.isEmpty() ? null : passports.get(0).getExpiryDate();
    }

    /**
     * True when it has expired, or runs out before the planned return: the bureau issues the permit on it and the
     * flights are booked on it. False when valid; null when its expiry is not known.
     */
    public static Boolean runsOut(FamilyCase familyCase, LocalDate today) {
        LocalDate expiry = expiry(familyCase);
        if (expiry == null) {
            return null;
        }
        LocalDate plannedReturn = familyCase.getTrip().getReturnDate();
        return expiry.isBefore(today) || plannedReturn != null && expiry.isBefore(plannedReturn);
    }
}
