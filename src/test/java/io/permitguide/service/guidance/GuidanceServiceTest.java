package io.permitguide.service.guidance;

import static io.permitguide.service.guidance.DocumentCode.CHINESE_PASSPORT;
import static io.permitguide.service.guidance.DocumentCode.ENTRY_EXIT_PERMIT;
import static io.permitguide.service.guidance.DocumentCode.NO_CLEAR_PATH;
import static io.permitguide.service.guidance.DocumentCode.TRAVEL_DOCUMENT;
import static io.permitguide.service.guidance.DocumentCode.VISA_ON_FOREIGN_PASSPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.TravelFrequency;
import io.permitguide.model.Whereabouts;
import io.permitguide.model.Language;
import io.permitguide.service.calendar.WorkingDayCalendar;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.i18n.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** One test per situation families meet (facts.md and the field report). */
class GuidanceServiceTest {
    private final GuidanceService guidance = GuidanceService.bundled();

    private static Finding warning(Assessment a, String code) {
        return a.warnings().stream().filter(w -> w.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + a.warningCodes()));
    }

    private Assessment assess(Consumer<FamilyCase> change) {
        FamilyCase c = GuidanceCases.usual();
        change.accept(c);
        return guidance.assess(c, GuidanceCases.TODAY);
    }

    @Test
    void eachAlternativeSaysWhyItWasNotTheAnswer() {
        Assessment a = assess(c -> { });
        List<String> en = AssessmentText.alternatives(a, Messages.of(Language.EN));
        assertTrue(en.contains("Travel Document (旅行证): " + Messages.of(Language.EN).get("guide.whyNot.TRAVEL_DOCUMENT")), en.toString());
        assertTrue(en.get(0).contains("embassy or consulate"), en.get(0));
        List<String> zh = AssessmentText.alternatives(a, Messages.of(Language.ZH));
        assertTrue(zh.get(0).startsWith("旅行证") && zh.get(0).contains("驻外使领馆"), zh.get(0));
        for (DocumentCode code : DocumentCode.values()) {
            assertTrue(Messages.of(Language.EN).has("guide.whyNot." + code.name()) && Messages.of(Language.ZH).has("guide.whyNot." + code.name()), code.name());
        }
    }

    @Test
    void theUsualCaseGetsTheEntryExitPermitFromTheLocalBureau() {
        Assessment a = assess(c -> { });
        assertEquals(ENTRY_EXIT_PERMIT, a.recommended());
        assertEquals("beijing", a.city().id());
        assertEquals(List.of("usualCaseBornInChina"), a.trace());
        assertTrue(a.warnings().isEmpty(), a.warningCodes().toString());
        assertTrue(a.alternatives().contains(TRAVEL_DOCUMENT));
        assertTrue(a.sources().stream().anyMatch(s -> s.key().equals("mpsRules2007") && s.lastChecked() != null));
    }

    @Test
    void aChildWithAChineseTravelsOnIt() {
        Assessment a = assess(c -> c.getChild().setHasChinesePassport(true));
        assertEquals(CHINESE_PASSPORT, a.recommended());
        assertEquals(List.of("DUAL_NATIONALITY_NOT_RECOGNISED", "PERMIT_REPORTED_WITH_CHINESE_PASSPORT", "THIRD_COUNTRY_ROUTE"), a.warningCodes());
        assertEquals(List.of(ENTRY_EXIT_PERMIT), a.alternatives(), "a family in Shanghai got the permit all the same");
    }

    @Test
    void aChildOnAHukouWithAForeignPassportHasNoClearPath() {
        Assessment a = assess(c -> c.getChild().setOnHukou(true));
        assertEquals(NO_CLEAR_PATH, a.recommended());
        assertTrue(a.alternatives().contains(ENTRY_EXIT_PERMIT), "applying anyway has worked in Shanghai");
        assertEquals(List.of("HUKOU_CONFLICT"), a.warningCodes());
    }

    @Test
    void aFamilyAbroadNeedsATravelDocumentFromAConsulate() {
        Assessment a = assess(c -> {
            c.getResidence().setWhereabouts(Whereabouts.ABROAD);
            c.getResidence().setCountryAbroad("DE");
        });
        assertEquals(TRAVEL_DOCUMENT, a.recommended());
        assertTrue(a.warningCodes().contains("TRAVEL_DOCUMENT_ABROAD_ONLY"));
    }

    @Test
    void aChildBornAbroadToAParentSettledAbroadIsNotAChineseNational() {
        Assessment a = assess(c -> {
            c.getChild().setBirthCountry("DE");
            c.getChild().setForeignNationalityAtBirth(true);
            c.getParents().get(0).setSettledAbroadAtBirth(true);
        });
        assertEquals(VISA_ON_FOREIGN_PASSPORT, a.recommended());
        assertEquals("bornAbroadParentSettled", a.trace().get(0));
    }

    @Test
    void aChildBornAbroadToAParentNotSettledAbroadIsChineseAndGetsThePermit() {
        Assessment a = assess(c -> c.getChild().setBirthCountry("DE"));
        assertEquals(ENTRY_EXIT_PERMIT, a.recommended());
        assertEquals("usualCaseBornAbroad", a.trace().get(0));
    }

    @Test
    void aChildOfTwoForeignParentsNeedsAVisa() {
        Assessment a = assess(c -> c.getParents().get(0).setNationality("US"));
        assertEquals(VISA_ON_FOREIGN_PASSPORT, a.recommended());
    }

    @Test
    void aTripEndingAfterThePermitExpiresPointsToTheTravelDocument() {
        Assessment a = assess(c -> c.getTrip().setReturnDate(LocalDate.of(2027, 6, 1)));
        assertEquals(ENTRY_EXIT_PERMIT, a.recommended());
        assertEquals(List.of("2027-06-01", 3), warning(a, "TRIP_OUTLASTS_PERMIT").args());
        assertTrue(warning(a, "TRIP_OUTLASTS_PERMIT").text(Messages.of(Language.ZH)).contains("2027-06-01"));
        assertTrue(a.alternatives().contains(TRAVEL_DOCUMENT));
    }

    @Test
    void anExpiredForeignPassportIsWarnedWithItsDateInBothLanguages() {
        Assessment a = assess(c -> c.getChild().getForeignPassports().get(0).setExpiryDate(LocalDate.of(2020, 1, 1)));
        assertEquals(ENTRY_EXIT_PERMIT, a.recommended());
        assertEquals(List.of("2020-01-01"), warning(a, "FOREIGN_PASSPORT_RUNS_OUT").args());
        assertTrue(warning(a, "FOREIGN_PASSPORT_RUNS_OUT").text(Messages.of(Language.ZH)).contains("2020-01-01"));
        assertTrue(warning(a, "FOREIGN_PASSPORT_RUNS_OUT").text(Messages.of(Language.EN)).contains("2020-01-01"));
    }

    @Test
    void aForeignPassportRunningOutDuringTheTripIsWarnedButOneValidUntilTheReturnIsNot() {
        // The usual case returns on 2027-02-20.
        Assessment during = assess(c -> c.getChild().getForeignPassports().get(0).setExpiryDate(LocalDate.of(2027, 2, 1)));
        assertTrue(during.warningCodes().contains("FOREIGN_PASSPORT_RUNS_OUT"), during.warningCodes().toString());
        Assessment after = assess(c -> c.getChild().getForeignPassports().get(0).setExpiryDate(LocalDate.of(2027, 2, 20)));
        assertFalse(after.warningCodes().contains("FOREIGN_PASSPORT_RUNS_OUT"), after.warningCodes().toString());
        Assessment unknown = assess(c -> c.getChild().getForeignPassports().get(0).setExpiryDate(null));
        assertFalse(unknown.warningCodes().contains("FOREIGN_PASSPORT_RUNS_OUT"), "no warning without an expiry");
    }

    @Test
    void theDayToComeBackBySaysWhenItIsWorkedOutFromTheIssueDate() {
        Assessment proposed = assess(c -> c.getPermit().setIssueDate(LocalDate.of(2026, 11, 20)));
        Finding step = proposed.nextSteps().stream().filter(f -> f.rule().equals("permitReturn")).findFirst().orElseThrow();
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            String marked = messages.get("guide.next.proposedDate", "2027-02-19");
            assertTrue(step.text(messages).contains(marked), step.text(messages));
        }
        Assessment typed = assess(c -> {
            c.getPermit().setIssueDate(LocalDate.of(2026, 11, 20));
            c.getPermit().setExpiryDate(LocalDate.of(2027, 2, 19));
        });
        Finding printed = typed.nextSteps().stream().filter(f -> f.rule().equals("permitReturn")).findFirst().orElseThrow();
        assertTrue(printed.text(Messages.of(Language.EN)).startsWith("Come back by 2027-02-19:"), printed.text(Messages.of(Language.EN)));
    }

    @Test
    void aChildWhoHoldsATravelDocumentTravelsOnItAndIsToldToWatchItsExpiry() {
        Assessment a = assess(c -> c.getChild().setHasTravelDocument(true));
        assertEquals(TRAVEL_DOCUMENT, a.recommended());
        assertEquals("holdsTravelDocument", a.trace().get(0));
        assertTrue(a.alternatives().contains(ENTRY_EXIT_PERMIT), "the permit is the way out if it runs out in China");
        assertTrue(a.warningCodes().contains("TRAVEL_DOCUMENT_RENEWAL"), a.warningCodes().toString());
        assertFalse(a.warningCodes().contains("TRAVEL_DOCUMENT_ABROAD_ONLY"), "no first application to explain");
    }

    @Test
    void aHukouInAnotherCityIsAQuestionOfWhereToApply() {
        Assessment a = assess(c -> {
            c.getChild().setOnHukou(true);
            c.getChild().setHukouCity("Yibin");
            c.getResidence().setCity("Shanghai");
        });
        assertEquals(NO_CLEAR_PATH, a.recommended());
        assertTrue(a.warningCodes().contains("HUKOU_IN_ANOTHER_CITY"), a.warningCodes().toString());
        Assessment sameCity = assess(c -> {
            c.getChild().setOnHukou(true);
            c.getChild().setHukouCity("上海");
            c.getResidence().setCity("shanghai");
        });
        assertFalse(sameCity.warningCodes().contains("HUKOU_IN_ANOTHER_CITY"), "上海 and shanghai are one city");
    }

    @Test
    void frequentTravelPointsToTheTravelDocument() {
        Assessment a = assess(c -> c.getTrip().setFrequency(TravelFrequency.OFTEN));
        assertTrue(a.warningCodes().contains("FREQUENT_TRAVEL"));
    }

    @Test
    void aDepartureSoonerThanThePermitCanBeReadyIsWarnedWithTheDateItWouldBeReady() {
        LocalDate departure = GuidanceCases.TODAY.plusDays(3);
        Assessment a = assess(c -> c.getTrip().setDepartureDate(departure));
        Finding tooSoon = warning(a, "DEPARTURE_TOO_SOON");
        LocalDate ready = WorkingDayCalendar.bundled().addWorkingDays(GuidanceCases.TODAY, a.city().processingWorkingDays());
        assertTrue(ready.isAfter(departure));
        assertEquals(List.of(departure.toString(), ready.toString(), a.city().processingWorkingDays()), tooSoon.args());
        String text = tooSoon.text(Messages.of(Language.EN));
        assertTrue(text.contains(departure.toString()) && text.contains(ready.toString()), text);
    }

    @Test
    void aDepartureAfterThePermitCanBeReadyIsNotWarned() {
        Assessment a = assess(c -> c.getTrip().setDepartureDate(GuidanceCases.TODAY.plusDays(30)));
        assertFalse(a.warningCodes().contains("DEPARTURE_TOO_SOON"), a.warningCodes().toString());
    }

    @Test
    void aDestinationOtherThanThePassportCountryInACityThatRestrictsIsWarned() {
        GuidanceService strict = new GuidanceService(RuleBook.bundled(), CityProfiles.load("/data/cities-strict.json"));
        FamilyCase c = GuidanceCases.usual();
        c.getResidence().setCity("strictville");
        c.getTrip().setDestinationCountry("JP");
        assertTrue(strict.assess(c, GuidanceCases.TODAY).warningCodes().contains("DESTINATION_RESTRICTED"));
        c.getTrip().setDestinationCountry("DE");
        assertFalse(strict.assess(c, GuidanceCases.TODAY).warningCodes().contains("DESTINATION_RESTRICTED"), "to the passport country is fine");
    }

    @Test
    void aDestinationElsewhereInACityWithMixedReportsIsAQuestionForTheBureau() {
        Assessment a = assess(c -> {
            c.getResidence().setCity("Guangzhou");
            c.getTrip().setDestinationCountry("JP");
        });
        assertTrue(a.warningCodes().contains("DESTINATION_CHECK_UNCLEAR"));
    }

    @Test
    void hongKongAndMacaoTripsCanUseThePermitAlone() {
        Assessment a = assess(c -> c.getTrip().setDestinationCountry("HK"));
        assertEquals(ENTRY_EXIT_PERMIT, a.recommended());
        assertTrue(a.warningCodes().contains("HONG_KONG_MACAO"));
    }

    @Test
    void aNameThatDiffersFromTheBirthCertificateNeedsAConsulateCertificate() {
        Assessment a = assess(c -> c.getChild().setNameMatchesBirthCertificate(false));
        assertTrue(a.warningCodes().contains("NAME_DIFFERS"));
    }

    @Test
    void shenzhenMentionsTheReportedOneYearMultipleEntryPermit() {
        Assessment a = assess(c -> c.getResidence().setCity("深圳"));
        assertEquals("shenzhen", a.city().id());
        assertTrue(a.warningCodes().contains("MULTIPLE_ENTRY_REPORTED"));
    }

    @Test
    void aCityWithoutAProfileUsesTheClearlyLabelledDefault() {
        Assessment a = assess(c -> c.getResidence().setCity("Chengdu"));
        assertTrue(a.city().fallback());
        assertTrue(a.warningCodes().contains("CITY_NOT_PROFILED"));
    }

    @Test
    void anUnansweredCaseAsksForTheMissingFacts() {
        Assessment a = GuidanceService.bundled().assess(new FamilyCase(), GuidanceCases.TODAY);
        assertEquals(NO_CLEAR_PATH, a.recommended());
        assertTrue(a.missing().contains(Fact.BORN_IN_CHINA), a.missing().toString());
        assertTrue(a.trace().isEmpty());
    }
}
