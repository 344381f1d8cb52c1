package io.permitguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.Parent;
import io.permitguide.model.Whereabouts;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.service.storage.CaseFileCodec;
import io.permitguide.service.storage.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nationality findings of issue 16 as a script sees them: a case file through {@code assess CASE.json --json}. */
class AssessNationalityCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private JsonNode assess(FamilyCase c) throws Exception {
        Path file = dir.resolve("case-" + System.nanoTime() + ".json");
        CaseFileCodec.write(c, file);
        out.getBuffer().setLength(0);
        int exit = PermitGuideCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "assess", file.toString(), "--json", "--today", GuidanceCases.TODAY.toString(), "--lang", "en");
        assertEquals(0, exit, err.toString());
        return Json.mapper().readTree(out.toString());
    }

    private JsonNode assess(Supplier<FamilyCase> family, Consumer<FamilyCase> change) throws Exception {
        FamilyCase c = family.get();
        change.accept(c);
        return assess(c);
    }

    private static List<String> codes(JsonNode result, String field, String key) {
        List<String> codes = new ArrayList<>();
        result.path(field).forEach(n -> codes.add(key == null ? n.asText() : n.path(key).asText()));
        return codes;
    }

    private static String document(JsonNode result) {
        return result.path("document").asText();
    }

    @Test
    void everyFamilyGetsTheSameAnswerFromTheCaseFileWithItsParentsSwapped() throws Exception {
        for (Map.Entry<String, Supplier<FamilyCase>> family : GuidanceCases.families().entrySet()) {
            JsonNode asEntered = assess(family.getValue().get());
            JsonNode swapped = assess(GuidanceCases.swapped(family.getValue().get()));
            for (String field : List.of("document", "alternatives", "warnings", "missing", "trace")) {
                assertEquals(asEntered.path(field), swapped.path(field), family.getKey() + ": " + field);
            }
        }
    }

    @Test
    void eitherSettledParentCounts() throws Exception {
        assertEquals("VISA_ON_FOREIGN_PASSPORT", document(assess(GuidanceCases.twoChineseParentsOneSettled())));
        assertEquals("VISA_ON_FOREIGN_PASSPORT", document(assess(GuidanceCases.swapped(GuidanceCases.twoChineseParentsOneSettled()))));
    }

    @Test
    void hongKongMacaoAndTaiwanParentsAndPlacesGetQuestionsNotAVisa() throws Exception {
        for (Supplier<FamilyCase> family : List.<Supplier<FamilyCase>>of(GuidanceCases::hongKongMother, GuidanceCases::macaoFather,
                GuidanceCases::taiwanMother)) {
            JsonNode result = assess(family.get());
            assertEquals("NO_CLEAR_PATH", document(result), result.toPrettyString());
            assertEquals("parentFromHongKongMacaoTaiwan", result.path("trace").get(0).asText());
        }
        JsonNode bornInHongKong = assess(GuidanceCases::usual, c -> c.getChild().setBirthCountry("HK"));
        assertEquals("bornInHongKongMacaoTaiwan", bornInHongKong.path("trace").get(0).asText());
        JsonNode livingInHongKong = assess(GuidanceCases::usual, c -> {
            c.getResidence().setWhereabouts(Whereabouts.ABROAD);
            c.getResidence().setCountryAbroad("HK");
        });
        assertEquals("NO_CLEAR_PATH", document(livingInHongKong), "a first Travel Document is not issued in Hong Kong");
    }

    @Test
    void theNationalityAtTheBirthIsAskedForNotAssumed() throws Exception {
        JsonNode unanswered = assess(GuidanceCases::usual, c -> c.getParents().forEach(p -> p.setSameNationalityAtChildBirth(null)));
        assertEquals("NO_CLEAR_PATH", document(unanswered));
        assertTrue(codes(unanswered, "missing", null).contains("HAS_CHINESE_PARENT"), unanswered.toPrettyString());
        JsonNode naturalisedLater = assess(GuidanceCases::usual, c -> {
            Parent mother = c.getParents().get(0);
            mother.setNationality("US");
            mother.setSameNationalityAtChildBirth(false);
            mother.setNationalityAtChildBirth("CN");
        });
        assertEquals("ENTRY_EXIT_PERMIT", document(naturalisedLater), "Chinese at the birth is what counts");
        JsonNode noSayOnTheBirth = assess(GuidanceCases::twoChineseParentsOneSettled, c -> c.getChild().setForeignNationalityAtBirth(null));
        assertTrue(codes(noSayOnTheBirth, "missing", null).contains("FOREIGN_NATIONALITY_AT_BIRTH"), noSayOnTheBirth.toPrettyString());
    }

    @Test
    void theSecondPassportsCountryIsAPassportCountry() throws Exception {
        // Guangzhou's bureau is one that may check the destination (mixed reports, or passport country only).
        JsonNode toFrance = assess(GuidanceCases::twoForeignPassports, c -> c.getResidence().setCity("guangzhou"));
        assertEquals("ENTRY_EXIT_PERMIT", document(toFrance));
        assertTrue(codes(toFrance, "warnings", "code").stream().noneMatch(code -> code.startsWith("DESTINATION_")),
                "France is the second passport's country: " + codes(toFrance, "warnings", "code"));
        JsonNode toJapan = assess(GuidanceCases::twoForeignPassports, c -> {
            c.getResidence().setCity("guangzhou");
            c.getTrip().setDestinationCountry("JP");
        });
        assertTrue(codes(toJapan, "warnings", "code").stream().anyMatch(code -> code.startsWith("DESTINATION_")),
                "neither passport's country: " + codes(toJapan, "warnings", "code"));
        FamilyCase secondOnly = GuidanceCases.twoForeignPassports();
        secondOnly.getChild().getForeignPassports().get(0).setCountry("");
        assertEquals("ENTRY_EXIT_PERMIT", document(assess(secondOnly)), "a passport listed second is a foreign passport too");
    }

    @Test
    void anUnansweredSettledAbroadForAChildBornAbroadIsAQuestion() throws Exception {
        JsonNode result = assess(GuidanceCases::livingInGermany, c -> {
            c.getChild().setBirthCountry("DE");
            c.getParents().get(0).setSettledAbroadAtBirth(null);
        });
        assertEquals("NO_CLEAR_PATH", document(result));
        assertTrue(codes(result, "missing", null).contains("CHINESE_PARENT_SETTLED_ABROAD"), result.toPrettyString());
    }

    @Test
    void theThirdCountryRouteNeedsAChinesePassport() throws Exception {
        JsonNode withoutOne = assess(GuidanceCases::usual, c -> c.getChild().setOnHukou(true));
        assertFalse(codes(withoutOne, "warnings", "code").contains("THIRD_COUNTRY_ROUTE"));
        assertFalse(withoutOne.toString().contains("via a third country,"), withoutOne.toPrettyString());
        assertTrue(codes(assess(GuidanceCases.shanghaiYibin()), "warnings", "code").contains("THIRD_COUNTRY_ROUTE"));
    }

    @Test
    void theShanghaiFamilyHearsOfThePermitAndKeepsItsHukouAndNameWarnings() throws Exception {
        JsonNode result = assess(GuidanceCases.shanghaiYibin());
        assertEquals("CHINESE_PASSPORT", document(result));
        assertTrue(codes(result, "alternatives", null).contains("ENTRY_EXIT_PERMIT"), result.toPrettyString());
        assertTrue(codes(result, "warnings", "code").containsAll(
                List.of("PERMIT_REPORTED_WITH_CHINESE_PASSPORT", "HUKOU_IN_ANOTHER_CITY", "NAME_DIFFERS")), result.toPrettyString());
    }

    @Test
    void theNationalityLawSourceCitesArticle4AndTheAutomaticLossOfArticle9() throws Exception {
        JsonNode result = assess(GuidanceCases.usual());
        String reference = "";
        for (JsonNode source : result.path("sources")) {
            if (source.path("key").asText().equals("nationalityLaw1980")) {
                reference = source.path("reference").asText();
            }
        }
        assertTrue(reference.contains("4 (born in China") && reference.contains("9 (Chinese nationality lost automatically"), reference);
    }
}
