package io.permitguide.service.guidance;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Parent;
import io.permitguide.model.ParentRole;
import io.permitguide.model.Passport;
import io.permitguide.model.TravelFrequency;
import io.permitguide.model.Whereabouts;
import java.time.LocalDate;

/** Cases for the guidance tests: the usual family, changed one fact at a time by each test. */
public final class GuidanceCases {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private GuidanceCases() {
    }

    /** Born in Beijing to a Chinese mother and a German father, German passport only, living in Beijing, a winter trip to Germany. */
    public static FamilyCase usual() {
        FamilyCase c = new FamilyCase();
        c.getChild().setFamilyName("Wang");
        c.getChild().setGivenNames("Lily");
        c.getChild().setChineseName("王丽");
        c.getChild().setBirthCountry("CN");
        c.getChild().setBirthDate(LocalDate.of(2020, 5, 1));
        c.getChild().getForeignPassports().add(new Passport("DE", "C01X00T47", LocalDate.of(2030, 1, 1)));
        c.getChild().setHasChinesePassport(false);
        c.getChild().setOnHukou(false);
        c.getChild().setNameMatchesBirthCertificate(true);
        c.getChild().setHadPermitBefore(false);
        Parent mother = c.getParents().get(0);
        mother.setRole(ParentRole.MOTHER);
        mother.setNationality("CN");
        mother.setSettledAbroadAtBirth(false);
        Parent father = c.getParents().get(1);
        father.setRole(ParentRole.FATHER);
        father.setNationality("DE");
        c.getResidence().setWhereabouts(Whereabouts.IN_MAINLAND);
        c.getResidence().setCity("beijing");
        c.getTrip().setDestinationCountry("DE");
        c.getTrip().setDepartureDate(LocalDate.of(2027, 1, 20));
        c.getTrip().setReturnDate(LocalDate.of(2027, 2, 20));
        c.getTrip().setFrequency(TravelFrequency.ONCE);
        return c;
    }
}
