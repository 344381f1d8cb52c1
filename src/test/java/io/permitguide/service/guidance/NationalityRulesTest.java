package io.permitguide.service.guidance;

import static io.permitguide.service.guidance.DocumentCode.CHINESE_PASSPORT;
import static io.permitguide.service.guidance.DocumentCode.ENTRY_EXIT_PERMIT;
import static io.permitguide.service.guidance.DocumentCode.NO_CLEAR_PATH;
import static io.permitguide.service.guidance.DocumentCode.TRAVEL_DOCUMENT;
import static io.permitguide.service.guidance.DocumentCode.VISA_ON_FOREIGN_PASSPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.model.Parent;
import io.permitguide.model.Passport;
import io.permitguide.model.Whereabouts;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The nationality logic of issue 16: Nationality Law arts. 4, 5 and 9, MPS notice 公境〔2008〕2204号 and the NPC
 * Standing Committee explanations for Hong Kong (1996) and Macao (1998), on the families of the field report and
 * of these rules.
 */
class NationalityRulesTest {
    private final GuidanceService guidance = GuidanceService.bundled();

    private Assessment assess(FamilyCase c) {
        return guidance.assess(c, GuidanceCases.TODAY);
    }

    private Assessment assess(Supplier<FamilyCase> family, Consumer<FamilyCase> change) {
        FamilyCase c = family.get();
        change.accept(c);
        return assess(c);
    }

    /** What a family reads: the document, the alternatives, the warnings, the open questions and the rules that fired. */
    private static List<Object> answer(Assessment a) {
        return List.of(a.recommended(), a.alternatives(), a.warningCodes(), a.missing(), a.trace(),
                a.reasons().stream().map(Finding::code).toList());
    }

    /** Each family in turn with the answers the nationality rules read varied: who had settled abroad, and where the child was born. */
    private static List<Supplier<FamilyCase>> corpus() {
        List<Supplier<FamilyCase>> all = new ArrayList<>(GuidanceCases.families().values());
        Boolean[] settled = {null, true, false};
        for (Supplier<FamilyCase> family : GuidanceCases.families().values()) {
            for (Boolean first : settled) {
                for (Boolean second : settled) {
                    for (String born : List.of("CN", "US", "HK", "")) {
                        all.add(() -> {
                            FamilyCase c = family.get();
                            c.getParents().get(0).setSettledAbroadAtBirth(first);
                            c.getParents().get(1).setSettledAbroadAtBirth(second);
                            c.getChild().setBirthCountry(born);
                            return c;
                        });
                    }
                }
            }
        }
        return all;
    }

    @Test
    void everyCaseGetsTheSameAnswerWithItsParentsSwapped() {
        int differentAnswers = 0;
        List<Object> seen = new ArrayList<>();
        for (Supplier<FamilyCase> family : corpus()) {
            List<Object> asEntered = answer(assess(family.get()));
            assertEquals(asEntered, answer(assess(GuidanceCases.swapped(family.get()))), () -> "parents swapped: " + asEntered);
            if (!seen.contains(asEntered.get(0))) {
                seen.add(asEntered.get(0));
                differentAnswers++;
            }
        }
        assertEquals(DocumentCode.values().length, differentAnswers, "the corpus reaches every document: " + seen);
    }

    @Test
    void eitherChineseParentSettledAbroadMakesAChildBornAbroadWithAForeignNationalityNotChinese() {
        Assessment a = assess(GuidanceCases.twoChineseParentsOneSettled());
        assertEquals(VISA_ON_FOREIGN_PASSPORT, a.recommended());
        assertEquals("bornAbroadParentSettled", a.trace().get(0));
        assertTrue(a.sources().stream().anyMatch(s -> s.key().equals("mpsNotice2008")), a.sources().toString());
        assertEquals(VISA_ON_FOREIGN_PASSPORT, assess(GuidanceCases.swapped(GuidanceCases.twoChineseParentsOneSettled())).recommended(),
                "the settled parent listed second counts as much as the first");
        Assessment neither = assess(GuidanceCases::twoChineseParentsOneSettled, c -> c.getParents().get(1).setSettledAbroadAtBirth(false));
        assertEquals(ENTRY_EXIT_PERMIT, neither.recommended(), "born abroad to Chinese parents not settled abroad: Chinese (art. 5)");
    }

    @Test
    void aParentFromHongKongIsAChineseNationalSoTheChildIsNeverSentToAVisa() {
        Assessment a = assess(GuidanceCases.hongKongMother());
        assertEquals(NO_CLEAR_PATH, a.recommended());
        assertEquals("parentFromHongKongMacaoTaiwan", a.trace().get(0));
        assertTrue(a.sources().stream().anyMatch(s -> s.key().equals("npcHongKongMacao")), a.sources().toString());
        String why = a.reasons().get(0).text(Messages.of(Language.EN));
        assertTrue(why.contains("ask the Exit-Entry bureau"), why);
        Assessment asChinese = assess(GuidanceCases::hongKongMother, c -> c.getParents().get(0).setNationality("CN"));
        assertEquals(ENTRY_EXIT_PERMIT, asChinese.recommended(), "the same family with a mainland mother is the usual case");
    }

    @Test
    void aParentFromMacaoOrTaiwanLeadsToQuestionsNotToAVisa() {
        assertEquals(NO_CLEAR_PATH, assess(GuidanceCases.macaoFather()).recommended());
        Assessment taiwan = assess(GuidanceCases.taiwanMother());
        assertEquals(NO_CLEAR_PATH, taiwan.recommended(), "settled abroad, but no sourced rule covers a Taiwan parent");
        assertEquals("parentFromHongKongMacaoTaiwan", taiwan.trace().get(0));
    }

    @Test
    void bornInHongKongIsNotBornAbroad() {
        Assessment a = assess(GuidanceCases::twoChineseParentsOneSettled, c -> c.getChild().setBirthCountry("HK"));
        assertEquals(NO_CLEAR_PATH, a.recommended(), "the born-abroad rules (art. 5, notice 2204号) do not apply");
        assertEquals("bornInHongKongMacaoTaiwan", a.trace().get(0));
    }

    @Test
    void livingInHongKongIsNotAbroadAndAFirstTravelDocumentIsNotIssuedThere() {
        Assessment a = assess(GuidanceCases::usual, c -> {
            c.getResidence().setWhereabouts(Whereabouts.ABROAD);
            c.getResidence().setCountryAbroad("HK");
        });
        assertEquals(NO_CLEAR_PATH, a.recommended());
        assertEquals("inHongKongMacaoTaiwan", a.trace().get(0));
        Assessment renewal = assess(GuidanceCases::usual, c -> {
            c.getResidence().setWhereabouts(Whereabouts.ABROAD);
            c.getResidence().setCountryAbroad("MO");
            c.getChild().setHasTravelDocument(true);
        });
        assertEquals(TRAVEL_DOCUMENT, renewal.recommended(), "a Travel Document already held is used from there");
        Assessment unsaid = assess(GuidanceCases::usual, c -> c.getResidence().setWhereabouts(Whereabouts.ABROAD));
        assertEquals(NO_CLEAR_PATH, unsaid.recommended(), "outside the mainland, but where?");
        assertTrue(unsaid.missing().contains(Fact.ABROAD), unsaid.missing().toString());
    }

    @Test
    void theParentsNationalityAtTheBirthCountsNotTheirNationalityToday() {
        // The mother took US nationality after the birth: at the birth she was Chinese, so the child is (art. 4).
        Assessment naturalisedLater = assess(GuidanceCases::usual, c -> {
            Parent mother = c.getParents().get(0);
            mother.setNationality("US");
            mother.setSameNationalityAtChildBirth(false);
            mother.setNationalityAtChildBirth("CN");
        });
        assertEquals(ENTRY_EXIT_PERMIT, naturalisedLater.recommended());
        Assessment unanswered = assess(GuidanceCases::usual, c -> c.getParents().forEach(p -> p.setSameNationalityAtChildBirth(null)));
        assertEquals(NO_CLEAR_PATH, unanswered.recommended(), "today's nationality is not assumed for the birth");
        assertTrue(unanswered.missing().contains(Fact.HAS_CHINESE_PARENT), unanswered.missing().toString());
        assertEquals(List.of("guide.reason.needAnswers"), unanswered.reasons().stream().map(Finding::textKey).toList());
        Assessment notSaid = assess(GuidanceCases::usual, c -> c.getParents().get(0).setSameNationalityAtChildBirth(false));
        assertEquals(NO_CLEAR_PATH, notSaid.recommended(), "\"not the same\" without the nationality at the birth is still a question");
    }

    @Test
    void aForeignPassportDoesNotStandInForAForeignNationalityAtBirth() {
        Assessment unanswered = assess(GuidanceCases::twoChineseParentsOneSettled, c -> c.getChild().setForeignNationalityAtBirth(null));
        assertEquals(NO_CLEAR_PATH, unanswered.recommended(), "a US passport does not say when the nationality came");
        assertTrue(unanswered.missing().contains(Fact.FOREIGN_NATIONALITY_AT_BIRTH), unanswered.missing().toString());
        Assessment later = assess(GuidanceCases::twoChineseParentsOneSettled, c -> c.getChild().setForeignNationalityAtBirth(false));
        assertEquals(NO_CLEAR_PATH, later.recommended());
        assertEquals("bornAbroadForeignNationalityLater", later.trace().get(0));
        assertTrue(later.reasons().get(0).text(Messages.of(Language.EN)).contains("art. 9"));
    }

    @Test
    void everyForeignPassportCountsForTheDestination() {
        GuidanceService strict = new GuidanceService(RuleBook.bundled(), CityProfiles.load("/data/cities-strict.json"));
        FamilyCase toFrance = GuidanceCases.twoForeignPassports();
        toFrance.getResidence().setCity("strictville");
        Assessment a = strict.assess(toFrance, GuidanceCases.TODAY);
        assertEquals(ENTRY_EXIT_PERMIT, a.recommended());
        assertFalse(a.warningCodes().contains("DESTINATION_RESTRICTED"), "France is the second passport's country: " + a.warningCodes());
        toFrance.getTrip().setDestinationCountry("JP");
        assertTrue(strict.assess(toFrance, GuidanceCases.TODAY).warningCodes().contains("DESTINATION_RESTRICTED"));
        Assessment secondOnly = assess(GuidanceCases::twoForeignPassports,
                c -> c.getChild().getForeignPassports().set(0, new Passport("", "", null)));
        assertEquals(ENTRY_EXIT_PERMIT, secondOnly.recommended(), "a passport listed second is a foreign passport too");
    }

    @Test
    void anUnansweredSettledAbroadForAChildBornAbroadAsksInsteadOfRecommendingATravelDocument() {
        Assessment a = assess(GuidanceCases::usual, c -> {
            c.getChild().setBirthCountry("DE");
            c.getParents().get(0).setSettledAbroadAtBirth(null);
            c.getResidence().setWhereabouts(Whereabouts.ABROAD);
            c.getResidence().setCountryAbroad("DE");
        });
        assertEquals(NO_CLEAR_PATH, a.recommended());
        assertTrue(a.missing().contains(Fact.CHINESE_PARENT_SETTLED_ABROAD), a.missing().toString());
        Assessment answered = assess(GuidanceCases::usual, c -> {
            c.getChild().setBirthCountry("DE");
            c.getResidence().setWhereabouts(Whereabouts.ABROAD);
            c.getResidence().setCountryAbroad("DE");
        });
        assertEquals(TRAVEL_DOCUMENT, answered.recommended(), "not settled: a Chinese national abroad, so the Travel Document");
        assertEquals("familyAbroadBornAbroad", answered.trace().get(0));
    }

    @Test
    void leavingViaAThirdCountryIsOfferedOnlyToAChildWithAChinesePassport() {
        Messages en = Messages.of(Language.EN);
        Assessment noChinesePassport = assess(GuidanceCases::usual, c -> c.getChild().setOnHukou(true));
        assertEquals(NO_CLEAR_PATH, noChinesePassport.recommended());
        assertFalse(noChinesePassport.warningCodes().contains("THIRD_COUNTRY_ROUTE"), noChinesePassport.warningCodes().toString());
        String said = String.join(" ", AssessmentText.reasons(noChinesePassport, en)) + String.join(" ", AssessmentText.warnings(noChinesePassport, en));
        assertFalse(said.contains("travelling via a third country") || said.contains("left through a country"), said);
        assertTrue(assess(GuidanceCases.shanghaiYibin()).warningCodes().contains("THIRD_COUNTRY_ROUTE"));
    }

    @Test
    void theShanghaiFamilyWithAYibinHukouHearsThatThePermitWasIssuedToThemAndKeepsItsWarnings() {
        Assessment a = assess(GuidanceCases.shanghaiYibin());
        assertEquals(CHINESE_PASSPORT, a.recommended(), "the passport is the usual way; the permit is the reported alternative");
        assertTrue(a.alternatives().contains(ENTRY_EXIT_PERMIT), a.alternatives().toString());
        assertTrue(a.warningCodes().containsAll(List.of("PERMIT_REPORTED_WITH_CHINESE_PASSPORT", "HUKOU_IN_ANOTHER_CITY", "NAME_DIFFERS")),
                a.warningCodes().toString());
        String text = AssessmentText.warnings(a, Messages.of(Language.EN)).toString();
        assertTrue(text.contains("Shanghai") && text.contains("certificate of the name change"), text);
    }

    @Test
    void warningsAboutTheFamilysOwnFactsApplyWhateverTheDocument() {
        Assessment visa = assess(GuidanceCases::twoChineseParentsOneSettled, c -> c.getChild().setNameMatchesBirthCertificate(false));
        assertEquals(VISA_ON_FOREIGN_PASSPORT, visa.recommended());
        assertTrue(visa.warningCodes().contains("NAME_DIFFERS"), visa.warningCodes().toString());
        Assessment passport = assess(GuidanceCases::shanghaiYibin, c -> c.getChild().setNameMatchesBirthCertificate(true));
        assertFalse(passport.warningCodes().contains("NAME_DIFFERS"), "only when the names differ");
        assertTrue(passport.warningCodes().contains("HUKOU_IN_ANOTHER_CITY"));
        for (Rule rule : RuleBook.bundled().rules()) {
            if (rule.id().equals("nameDiffers") || rule.id().equals("hukouElsewhere")) {
                assertEquals(Rule.Kind.CASE_WARNING, rule.kind(), rule.id());
            }
        }
    }

    @Test
    void theNationalityLawReferenceNamesArticle4AndArticle9AsAutomaticLoss() {
        String reference = RuleBook.bundled().source("nationalityLaw1980").reference();
        assertTrue(reference.contains("4 (born in China"), reference);
        assertTrue(reference.contains("9 (Chinese nationality lost automatically"), reference);
        assertFalse(reference.matches(".*9-16 \\(renouncing.*"), reference);
    }

    @Test
    void theFieldReportsBeijingFamiliesGetThePermit() {
        for (Map.Entry<String, Supplier<FamilyCase>> family : Map.of("2019", (Supplier<FamilyCase>) GuidanceCases::beijing2019,
                "2023", GuidanceCases::beijing2023).entrySet()) {
            Assessment a = assess(family.getValue().get());
            assertEquals(ENTRY_EXIT_PERMIT, a.recommended(), family.getKey());
            assertEquals("usualCaseBornInChina", a.trace().get(0), family.getKey());
            assertNotEquals(List.of(), a.sources(), family.getKey());
        }
        assertTrue(assess(GuidanceCases.beijing2023()).warningCodes().contains("CHINESE_NAME_ON_PERMIT"),
                "an English name only on the birth certificate");
    }

    @Test
    void answersNoRuleCoversSayToAskTheBureau() {
        // Everything answered, yet nothing fits: a child on a hukou with no foreign passport, born abroad.
        Assessment a = assess(GuidanceCases::usual, c -> {
            c.getChild().getForeignPassports().clear();
            c.getChild().setBirthCountry("DE");
            c.getChild().setOnHukou(true);
        });
        assertEquals(NO_CLEAR_PATH, a.recommended());
        assertTrue(a.missing().isEmpty(), a.missing().toString());
        assertEquals("guide.reason.noRule", a.reasons().get(0).textKey());
    }
}
