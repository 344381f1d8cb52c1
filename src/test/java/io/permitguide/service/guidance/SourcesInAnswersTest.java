package io.permitguide.service.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.data.Source;
import io.permitguide.service.i18n.Messages;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What an answer says about its sources and the city's destination policy: each source once, with both dates. */
class SourcesInAnswersTest {
    private static Assessment assess(Consumer<FamilyCase> change) {
        FamilyCase c = GuidanceCases.usual();
        change.accept(c);
        return GuidanceService.bundled().assess(c, GuidanceCases.TODAY);
    }

    @Test
    void anAnswerListsEachSourceOnce() {
        // The field report backs rules and the city's figures; it used to appear twice with two reference texts.
        for (Assessment a : List.of(assess(c -> { }), assess(c -> c.getResidence().setCity("shanghai")),
                assess(c -> c.getResidence().setCity("shenzhen")), assess(c -> c.getChild().setNameMatchesBirthCertificate(false)))) {
            List<String> keys = a.sources().stream().map(Source::key).toList();
            assertEquals(keys.stream().distinct().toList(), keys);
            assertTrue(keys.contains("fieldReport"), keys.toString());
        }
    }

    @Test
    void everySourceLineShowsTheDateOfTheEvidenceAndTheDayItWasChecked() {
        Assessment a = assess(c -> { });
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            for (Source s : a.sources()) {
                String line = AssessmentText.source(s, m);
                assertTrue(line.contains(s.evidenceText()) && line.contains(s.lastChecked().toString()), line);
            }
        }
        Source law = RuleBook.bundled().source("nationalityLaw1980");
        assertEquals("1980", law.evidence());
        assertEquals("2019-2023", RuleBook.bundled().source("fieldReport").evidence());
        assertEquals("2017-07-01", RuleBook.bundled().source("ndrcFee2017").evidence());
        assertEquals("2022-01-29", RuleBook.bundled().source("consularApp").evidence());
    }

    @Test
    void theChineseAnswerQuotesChineseReferences() {
        Messages zh = Messages.of(Language.ZH);
        for (Source s : assess(c -> { }).sources()) {
            String line = AssessmentText.source(s, zh);
            assertTrue(line.contains(s.referenceZh()), line);
            assertFalse(line.contains(s.reference()), line);
        }
    }

    @Test
    void theNationalityLawReferenceNamesArticleFourAndCallsArticleNineALoss() {
        Source law = RuleBook.bundled().source("nationalityLaw1980");
        assertTrue(law.reference().contains("4 (born in China"), law.reference());
        assertFalse(law.reference().contains("9-16 (renouncing)"), law.reference());
        assertTrue(law.referenceZh().contains("第九条（定居外国并自愿加入或取得外国国籍的，自动丧失中国国籍）"), law.referenceZh());
    }

    @Test
    void aBeijingTripOutsideThePassportCountryIsWarnedAsTheBeijingFamilyWasToldIn2023() {
        assertTrue(assess(c -> c.getTrip().setDestinationCountry("JP")).warningCodes().contains("DESTINATION_RESTRICTED"));
        assertFalse(assess(c -> { }).warningCodes().contains("DESTINATION_RESTRICTED"), "a trip to the passport country is fine");
    }

    @Test
    void aHongKongOrMacaoTripIsNotToldToCheckTheDestination() {
        for (String place : List.of("HK", "MO")) {
            Assessment a = assess(c -> {
                c.getResidence().setCity("guangzhou");
                c.getTrip().setDestinationCountry(place);
            });
            assertTrue(a.warningCodes().contains("HONG_KONG_MACAO"), a.warningCodes().toString());
            assertFalse(a.warningCodes().contains("DESTINATION_CHECK_UNCLEAR"), place + ": the permit alone can be used there");
        }
        assertTrue(assess(c -> {
            c.getResidence().setCity("guangzhou");
            c.getTrip().setDestinationCountry("JP");
        }).warningCodes().contains("DESTINATION_CHECK_UNCLEAR"));
    }

    @Test
    void thePermitsFiguresInTheAnswerSayWhichAreNotConfirmed() {
        Messages en = Messages.of(Language.EN);
        String unconfirmed = en.get("guide.figure.unconfirmed", "").strip();
        List<String> shenzhen = AssessmentText.costLines(assess(c -> c.getResidence().setCity("shenzhen")), en);
        assertTrue(shenzhen.stream().anyMatch(l -> l.startsWith(en.get("guide.figure.processing", 5)) && l.endsWith(unconfirmed)), shenzhen.toString());
        List<String> lines = AssessmentText.lines(assess(c -> { }), en);
        assertTrue(lines.stream().anyMatch(l -> l.contains(en.get("city.beijing.bureau")) && l.endsWith(unconfirmed)), lines.toString());
    }
}
