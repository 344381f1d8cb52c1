package io.permitguide.service.storage;

import io.permitguide.model.ApplicationType;
import io.permitguide.model.CustomItem;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.ItemState;
import io.permitguide.model.MarriagePlace;
import io.permitguide.model.Parent;
import io.permitguide.model.ParentRole;
import io.permitguide.model.Passport;
import io.permitguide.model.Sex;
import io.permitguide.model.TravelFrequency;
import io.permitguide.model.TripPurpose;
import io.permitguide.model.Whereabouts;
import java.time.LocalDate;

/** A case with every part filled in, so that a mutation can reach every field a file holds. */
final class FullCase {
    /** The day the tests run "on": the permit below expires 30 days later, so a reminder is due that day. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private FullCase() {
    }

    static FamilyCase sample() {
        FamilyCase c = new FamilyCase();
        c.setTitle("Summer trip 暑假");
        c.setMarriage(MarriagePlace.CHINA);
        c.setMarriageCountry("CN");
        c.setNotes("Bring the originals.");
        var child = c.getChild();
        child.setFamilyName("Wang");
        child.setGivenNames("Lily");
        child.setChineseName("王丽丽");
        child.setSex(Sex.FEMALE);
        child.setBirthDate(LocalDate.of(2019, 3, 5));
        child.setBirthCountry("US");
        child.setBirthPlace("Boston");
        child.setEthnicity("汉");
        child.getForeignPassports().add(new Passport("US", "A1234567", LocalDate.of(2029, 6, 30)));
        child.setNameMatchesBirthCertificate(true);
        child.setHasChinesePassport(false);
        child.setOnHukou(false);
        child.setHasTravelDocument(false);
        child.setHadPermitBefore(true);
        Parent mother = c.getParents().get(0);
        mother.setRole(ParentRole.MOTHER);
        mother.setFamilyName("Li");
        mother.setGivenNames("Na");
        mother.setChineseName("李娜");
        mother.setNationality("CN");
        mother.setPassportNumber("E12345678");
        mother.setChineseIdNumber("11010519491231002X");
        mother.setHukouCity("beijing");
        mother.setPhone("+86 138 0000 0000");
        mother.setSettledAbroadAtBirth(false);
        mother.setHasLocalResidencePermit(true);
        Parent father = c.getParents().get(1);
        father.setRole(ParentRole.FATHER);
        father.setFamilyName("Smith");
        father.setGivenNames("John");
        father.setNationality("US");
        father.setPassportNumber("567890123");
        var residence = c.getResidence();
        residence.setWhereabouts(Whereabouts.IN_MAINLAND);
        residence.setCity("beijing");
        residence.setAddress("1 Chang'an Ave");
        residence.setPhone("+86 10 0000 0000");
        residence.setEmergencyContactName("Li Wei");
        residence.setEmergencyContactPhone("+86 139 0000 0000");
        residence.setEmergencyContactRelation("uncle");
        var trip = c.getTrip();
        trip.setDestinationCountry("US");
        trip.setDepartureDate(LocalDate.of(2027, 1, 20));
        trip.setReturnDate(LocalDate.of(2027, 2, 20));
        trip.setFrequency(TravelFrequency.FEW_TIMES_A_YEAR);
        trip.setPurpose(TripPurpose.VISIT_FAMILY);
        var application = c.getApplication();
        application.setAppliedOn(LocalDate.of(2026, 1, 5));
        application.setCity("beijing");
        application.setType(ApplicationType.RENEWAL);
        application.setCollectedOn(LocalDate.of(2026, 1, 15));
        application.setReceiptNumber("R-42");
        var permit = c.getPermit();
        permit.setNumber("T12345678");
        permit.setIssueDate(LocalDate.of(2026, 1, 12));
        permit.setExpiryDate(TODAY.plusDays(30));
        permit.setMultipleEntry(true);
        permit.setExitDate(LocalDate.of(2026, 2, 1));
        permit.setEntryDate(LocalDate.of(2026, 3, 1));
        c.getChecklist().progressOf("photos").setState(ItemState.HAVE);
        c.getChecklist().progressOf("photos").setNote("two");
        CustomItem own = new CustomItem();
        own.setLabel("Grandma's letter");
        own.setCopyNeeded(true);
        c.getChecklist().getCustomItems().add(own);
        c.getChecklist().getHidden().add("hukou");
        c.getReminders().getDismissed().add("none");
        return c;
    }
}
