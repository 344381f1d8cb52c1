package io.permitguide.service.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.model.Parent;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.service.i18n.Messages;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checklist findings of issue 16: each paper follows the family's facts as the sources describe them. */
class ChecklistFindingsTest {
    private static List<ChecklistEntry> entries(FamilyCase c) {
        return ChecklistBuilder.bundled().build(c, CityProfiles.bundled().forCity(c.getResidence().getCity()), GuidanceCases.TODAY,
                DocumentCode.ENTRY_EXIT_PERMIT);
    }

    private static List<String> ids(FamilyCase c) {
        return entries(c).stream().map(ChecklistEntry::id).toList();
    }

    @Test
    void theGuardiansConsentToExitIsForEveryChildUnder16() {
        FamilyCase c = GuidanceCases.usual();
        assertTrue(ids(c).contains("guardianConsent"), "a child born in 2020 is under 16, whoever goes to the counter");
        c.getChild().setBirthDate(LocalDate.of(2008, 1, 1));
        assertFalse(ids(c).contains("guardianConsent"), "18 years old in 2026");
        String name = Messages.of(Language.ZH).get("checklist.item.guardianConsent.name");
        assertTrue(name.contains("同意出境的意见"), name);
    }

    @Test
    void aForeignPassportThatRunsOutIsRenewedFirstAsTheGuideWarns() {
        FamilyCase c = GuidanceCases.usual();
        assertFalse(ids(c).contains("renewedForeignPassport"), "valid until 2030");
        c.getChild().getForeignPassports().get(0).setExpiryDate(LocalDate.of(2020, 1, 1));
        assertTrue(ids(c).contains("renewedForeignPassport"), "expired");
        c.getChild().getForeignPassports().get(0).setExpiryDate(c.getTrip().getReturnDate().minusDays(1));
        assertTrue(ids(c).contains("renewedForeignPassport"), "runs out the day before the return");
        c.getChild().getForeignPassports().get(0).setExpiryDate(null);
        assertFalse(ids(c).contains("renewedForeignPassport"), "no expiry given, nothing to renew");
    }

    @Test
    void aChildBornAbroadBringsTheForeignBirthCertificateNotTheMedicalOne() {
        FamilyCase c = GuidanceCases.usual();
        assertTrue(ids(c).contains("birthCertificate"));
        assertFalse(ids(c).contains("foreignBirthCertificate"));
        c.getChild().setBirthCountry("DE");
        assertFalse(ids(c).contains("birthCertificate"), "no 出生医学证明 for a child born in Germany");
        assertTrue(ids(c).contains("foreignBirthCertificate"));
        assertTrue(Messages.of(Language.EN).get("checklist.item.foreignBirthCertificate.name").contains("translation"));
    }

    @Test
    void theResidencePermitStaysListedUntilAChineseParentIsKnownToBeRegisteredHere() {
        FamilyCase c = GuidanceCases.usual();
        c.getParents().get(0).setHukouCity("");
        assertTrue(ids(c).contains("residencePermit"), "a blank hukou city is not known to be local");
        c.getParents().get(0).setHukouCity("Chengdu");
        assertTrue(ids(c).contains("residencePermit"));
        c.getParents().get(0).setHukouCity("北京");
        assertFalse(ids(c).contains("residencePermit"), "北京 is the bureau's city, Beijing");
    }

    @Test
    void eitherChineseParentRegisteredHereIsEnoughWhateverTheOrder() {
        FamilyCase c = GuidanceCases.usual();
        Parent second = c.getParents().get(1);
        second.setNationality("CN");
        c.getParents().get(0).setHukouCity("Chengdu");
        second.setHukouCity("Beijing");
        List<String> before = ids(c);
        Collections.reverse(c.getParents());
        assertEquals(before, ids(c), "the list does not depend on the order the parents were entered");
        assertFalse(before.contains("residencePermit"));
    }

    @Test
    void aCityReportedToRestrictDestinationsListsTheFlightBooking() {
        FamilyCase c = GuidanceCases.usual();
        assertTrue(ids(c).contains("flightBooking"), "Beijing, 2023: the permit only for the passport country");
    }

    @Test
    void theNotarisedSameNameStatementIsOptional() {
        FamilyCase c = GuidanceCases.usual();
        c.getChild().setChineseName("");
        ChecklistEntry statement = entries(c).stream().filter(e -> e.id().equals("namesStatement")).findFirst().orElseThrow();
        assertTrue(statement.optional());
        assertTrue(ChecklistTexts.name(statement, Messages.of(Language.EN)).endsWith("(optional)"));
        assertTrue(ChecklistTexts.name(statement, Messages.of(Language.ZH)).endsWith("（可选）"));
    }
}
