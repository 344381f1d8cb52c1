package io.permitguide.service.checklist;

import io.permitguide.service.guidance.DocumentCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.CustomItem;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.ItemState;
import io.permitguide.model.Language;
import io.permitguide.model.MarriagePlace;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.service.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistBuilderTest {
    private final ChecklistBuilder builder = ChecklistBuilder.bundled();

    private List<String> ids(FamilyCase c, String city) {
        CityProfile profile = CityProfiles.bundled().forCity(city);
        return builder.build(c, profile, GuidanceCases.TODAY, DocumentCode.ENTRY_EXIT_PERMIT).stream().map(ChecklistEntry::id).toList();
    }

    @Test
    void theUsualBeijingCaseListsTheBasePapers() {
        FamilyCase c = GuidanceCases.usual();
        c.setMarriage(MarriagePlace.CHINA);
        List<String> ids = ids(c, "beijing");
        assertTrue(ids.containsAll(List.of("applicationForm", "photos", "childInPerson", "guardianConsent", "foreignPassport",
                "birthCertificate", "parentsPassports", "chineseParentId", "hukouBooklet", "marriageCertificate")), ids.toString());
        assertFalse(ids.contains("marriageTranslation"));
        assertFalse(ids.contains("bothParentsAttend"), "Beijing does not ask for both parents");
        assertTrue(ids.contains("flightBooking"), "in 2023 the Beijing bureau told a family the permit is only for the passport country");
        assertFalse(ids.contains("previousDocuments"));
    }

    @Test
    void shanghaiWantsBothParentsThreePhotosAndTheForeignParentsResidencePermit() {
        FamilyCase c = GuidanceCases.usual();
        List<String> ids = ids(c, "shanghai");
        assertTrue(ids.containsAll(List.of("bothParentsAttend", "foreignParentResidencePermit")), ids.toString());
        ChecklistEntry photos = builder.build(c, CityProfiles.bundled().forCity("shanghai"), GuidanceCases.TODAY, DocumentCode.ENTRY_EXIT_PERMIT).stream()
                .filter(e -> e.id().equals("photos")).findFirst().orElseThrow();
        assertTrue(Messages.of(Language.EN).get(photos.whyKey(), photos.whyArgs()).contains("3 photos printed by a photo studio"));
    }

    @Test
    void citiesWithDestinationChecksAskForAFlightBooking() {
        assertTrue(ids(GuidanceCases.usual(), "shenzhen").contains("flightBooking"));
        assertTrue(ids(GuidanceCases.usual(), "guangzhou").contains("flightBooking"));
        assertTrue(ids(GuidanceCases.usual(), "Chengdu").contains("flightBooking"), "the default profile is careful");
    }

    @Test
    void sometimesPapersFollowTheCase() {
        FamilyCase c = GuidanceCases.usual();
        c.setMarriage(MarriagePlace.ABROAD);
        c.getChild().setNameMatchesBirthCertificate(false);
        c.getChild().setChineseName("");
        c.getChild().setHadPermitBefore(true);
        c.getParents().get(0).setHukouCity("Harbin");
        List<String> ids = ids(c, "beijing");
        assertTrue(ids.containsAll(List.of("marriageTranslation", "nameChangeCertificate", "namesStatement", "previousDocuments",
                "residencePermit")), ids.toString());
        c.getParents().get(0).setHukouCity("北京");
        assertFalse(ids(c, "beijing").contains("residencePermit"), "a local hukou needs no residence permit");
        c.setMarriage(MarriagePlace.NOT_MARRIED);
        assertFalse(ids(c, "beijing").contains("marriageCertificate"));
    }

    @Test
    void changingTheCaseKeepsTheStatesAlreadySet() {
        FamilyCase c = GuidanceCases.usual();
        c.setMarriage(MarriagePlace.CHINA);
        c.getChecklist().progressOf("marriageCertificate").setState(ItemState.COPIED);
        c.getChecklist().progressOf("foreignPassport").setState(ItemState.HAVE);
        c.getChecklist().progressOf("foreignPassport").setNote("renewed in March");
        c.setMarriage(MarriagePlace.ABROAD);
        CityProfile beijing = CityProfiles.bundled().forCity("beijing");
        List<ChecklistEntry> entries = builder.build(c, beijing, GuidanceCases.TODAY, DocumentCode.ENTRY_EXIT_PERMIT);
        ChecklistEntry marriage = entries.stream().filter(e -> e.id().equals("marriageCertificate")).findFirst().orElseThrow();
        ChecklistEntry passport = entries.stream().filter(e -> e.id().equals("foreignPassport")).findFirst().orElseThrow();
        assertEquals(ItemState.COPIED, marriage.state());
        assertEquals("renewed in March", passport.note());
        assertTrue(entries.stream().anyMatch(e -> e.id().equals("marriageTranslation") && e.state() == ItemState.TO_GET));
    }

    @Test
    void ownItemsAndHiddenItemsCountInTheSummary() {
        FamilyCase c = GuidanceCases.usual();
        CustomItem own = new CustomItem();
        own.setLabel("Letter from the kindergarten");
        own.setState(ItemState.HAVE);
        c.getChecklist().getCustomItems().add(own);
        CityProfile beijing = CityProfiles.bundled().forCity("beijing");
        List<ChecklistEntry> entries = builder.build(c, beijing, GuidanceCases.TODAY, DocumentCode.ENTRY_EXIT_PERMIT);
        ChecklistBuilder.Summary before = ChecklistBuilder.summary(entries);
        assertEquals(1, before.ready(), "the own item needs no copy, so having it is enough");
        c.getChecklist().getHidden().add("applicationForm");
        ChecklistBuilder.Summary after = ChecklistBuilder.summary(builder.build(c, beijing, GuidanceCases.TODAY, DocumentCode.ENTRY_EXIT_PERMIT));
        assertEquals(before.total() - 1, after.total());
        assertTrue(entries.get(entries.size() - 1).custom());
    }

    @Test
    void theBundledListHasTextsInBothLanguages() {
        for (Language language : Language.values()) {
            for (ChecklistItem item : ChecklistItems.bundled()) {
                assertTrue(Messages.of(language).containsKey(item.nameKey()), item.nameKey());
                assertTrue(Messages.of(language).containsKey(item.whyKey()), item.whyKey());
                // The why is always formatted with the city's figures, which would swallow a plain apostrophe.
                assertTrue(!Messages.of(language).getString(item.whyKey()).contains("'"), item.whyKey() + " uses ’ rather than '");
            }
        }
    }

    @Test
    void aMistakeInTheListNamesTheFileAndTheProblem() {
        var twice = new java.io.ByteArrayInputStream("[{\"id\":\"photos\",\"documents\":[\"ENTRY_EXIT_PERMIT\"]},{\"id\":\"photos\",\"documents\":[\"ENTRY_EXIT_PERMIT\"]}]".getBytes());
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.permitguide.service.data.DataFileException.class,
                () -> ChecklistItems.parse(twice, "checklist.json"));
        assertTrue(e.getMessage().startsWith("checklist.json: ") && e.getMessage().contains("twice"), e.getMessage());
        var unknownFact = new java.io.ByteArrayInputStream("[{\"id\":\"x\",\"when\":[\"NO_SUCH_FACT\"]}]".getBytes());
        e = org.junit.jupiter.api.Assertions.assertThrows(io.permitguide.service.data.DataFileException.class,
                () -> ChecklistItems.parse(unknownFact, "checklist.json"));
        assertTrue(e.getMessage().contains("NO_SUCH_FACT"), e.getMessage());
    }

    @Test
    void visitsInPersonAreDoneOrNotAndAFileWithoutKindsListsPapers() {
        var kinds = new java.util.HashMap<String, ItemKind>();
        ChecklistItems.bundled().forEach(item -> kinds.put(item.id(), item.kind()));
        assertEquals(ItemKind.PRESENCE, kinds.get("childInPerson"));
        assertEquals(ItemKind.PRESENCE, kinds.get("bothParentsAttend"));
        assertEquals(ItemKind.DOCUMENT, kinds.get("birthCertificate"));
        var old = new java.io.ByteArrayInputStream("[{\"id\":\"photos\",\"documents\":[\"ENTRY_EXIT_PERMIT\"]}]".getBytes());
        assertEquals(ItemKind.DOCUMENT, ChecklistItems.parse(old, "checklist.json").get(0).kind());
    }

    @Test
    void thePrintoutIsTitledForTheDocumentTheCaseNeeds() {
        for (Language language : Language.values()) {
            var titles = new java.util.HashSet<String>();
            for (DocumentCode document : DocumentCode.values()) {
                titles.add(ChecklistTexts.printTitle(document, Messages.of(language)));
            }
            assertEquals(DocumentCode.values().length, titles.size(), "one title per document in " + language);
        }
        assertEquals("Materials for the Travel Document", ChecklistTexts.printTitle(DocumentCode.TRAVEL_DOCUMENT, Messages.of(Language.EN)));
    }
}
