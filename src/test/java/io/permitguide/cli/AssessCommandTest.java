package io.permitguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.TravelFrequency;
import io.permitguide.model.Whereabouts;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.service.storage.CaseFileCodec;
import io.permitguide.service.storage.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The situations of the guidance tests, this time through {@code assess CASE.json --json} as a script would. */
class AssessCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PermitGuideCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private JsonNode assess(Consumer<FamilyCase> change) throws Exception {
        FamilyCase c = GuidanceCases.usual();
        change.accept(c);
        Path file = dir.resolve("case-" + System.nanoTime() + ".json");
        CaseFileCodec.write(c, file);
        out.getBuffer().setLength(0);
        assertEquals(0, run("assess", file.toString(), "--json", "--today", GuidanceCases.TODAY.toString(), "--lang", "en"), err.toString());
        return Json.mapper().readTree(out.toString());
    }

    private static List<String> warnings(JsonNode result) {
        List<String> codes = new ArrayList<>();
        result.path("warnings").forEach(w -> codes.add(w.path("code").asText()));
        return codes;
    }

    /** A situation from facts.md or the field report: how the usual case changes, and the codes a script should see. */
    record Situation(String name, Consumer<FamilyCase> change, String document, String warning) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Situation> situations() {
        return List.of(
                new Situation("usual case", c -> { }, "ENTRY_EXIT_PERMIT", null),
                new Situation("Chinese passport", c -> c.getChild().setHasChinesePassport(true), "CHINESE_PASSPORT",
                        "DUAL_NATIONALITY_NOT_RECOGNISED"),
                new Situation("hukou and foreign passport", c -> c.getChild().setOnHukou(true), "NO_CLEAR_PATH", "HUKOU_CONFLICT"),
                new Situation("hukou in another city", c -> {
                    c.getChild().setOnHukou(true);
                    c.getChild().setHukouCity("宜宾");
                }, "NO_CLEAR_PATH", "HUKOU_IN_ANOTHER_CITY"),
                new Situation("family abroad", c -> {
                    c.getResidence().setWhereabouts(Whereabouts.ABROAD);
                    c.getResidence().setCountryAbroad("DE");
                }, "TRAVEL_DOCUMENT", "TRAVEL_DOCUMENT_ABROAD_ONLY"),
                new Situation("Travel Document held", c -> c.getChild().setHasTravelDocument(true), "TRAVEL_DOCUMENT",
                        "TRAVEL_DOCUMENT_RENEWAL"),
                new Situation("born abroad, parent settled abroad", c -> {
                    c.getChild().setBirthCountry("US");
                    c.getChild().setForeignNationalityAtBirth(true);
                    c.getParents().get(0).setSettledAbroadAtBirth(true);
                }, "VISA_ON_FOREIGN_PASSPORT", "VISA_FOR_STAY"),
                new Situation("born abroad, parent not settled", c -> c.getChild().setBirthCountry("US"), "ENTRY_EXIT_PERMIT", null),
                new Situation("no Chinese parent", c -> c.getParents().get(0).setNationality("FR"), "VISA_ON_FOREIGN_PASSPORT",
                        "VISA_FOR_STAY"),
                new Situation("trip outlasts the permit", c -> c.getTrip().setReturnDate(LocalDate.of(2027, 6, 1)), "ENTRY_EXIT_PERMIT",
                        "TRIP_OUTLASTS_PERMIT"),
                new Situation("frequent travel", c -> c.getTrip().setFrequency(TravelFrequency.OFTEN), "ENTRY_EXIT_PERMIT",
                        "FREQUENT_TRAVEL"),
                new Situation("departure too soon", c -> c.getTrip().setDepartureDate(GuidanceCases.TODAY.plusDays(2)),
                        "ENTRY_EXIT_PERMIT", "DEPARTURE_TOO_SOON"),
                new Situation("destination elsewhere, mixed reports", c -> {
                    c.getResidence().setCity("guangzhou");
                    c.getTrip().setDestinationCountry("TH");
                }, "ENTRY_EXIT_PERMIT", "DESTINATION_CHECK_UNCLEAR"),
                new Situation("Macao trip", c -> c.getTrip().setDestinationCountry("MO"), "ENTRY_EXIT_PERMIT", "HONG_KONG_MACAO"),
                new Situation("name differs from birth certificate", c -> c.getChild().setNameMatchesBirthCertificate(false),
                        "ENTRY_EXIT_PERMIT", "NAME_DIFFERS"),
                new Situation("Shenzhen multiple entry", c -> c.getResidence().setCity("shenzhen"), "ENTRY_EXIT_PERMIT",
                        "MULTIPLE_ENTRY_REPORTED"),
                new Situation("city without a profile", c -> c.getResidence().setCity("Chengdu"), "ENTRY_EXIT_PERMIT",
                        "CITY_NOT_PROFILED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("situations")
    void eachSituationGivesItsDocumentAndWarningCode(Situation situation) throws Exception {
        JsonNode result = assess(situation.change());
        assertEquals(situation.document(), result.path("document").asText(), result.toPrettyString());
        if (situation.warning() == null) {
            assertTrue(warnings(result).isEmpty(), warnings(result).toString());
        } else {
            assertTrue(warnings(result).contains(situation.warning()), warnings(result).toString());
        }
        assertFalse(result.path("trace").isEmpty(), "the rules that fired are listed");
        JsonNode swapped = assess(c -> {
            situation.change().accept(c);
            GuidanceCases.swapped(c);
        });
        for (String field : List.of("document", "alternatives", "warnings", "missing", "trace")) {
            assertEquals(result.path(field), swapped.path(field), "with the parents swapped: " + field);
        }
        result.path("sources").forEach(source -> assertTrue(source.path("lastChecked").asText().matches("\\d{4}-\\d{2}-\\d{2}")));
    }

    @Test
    void theUsualCaseCarriesTheCityFiguresAndDatedSources() throws Exception {
        JsonNode usual = assess(c -> { });
        assertEquals("beijing", usual.path("city").path("id").asText());
        assertEquals(15, usual.path("city").path("feeYuan").asInt());
        assertEquals(7, usual.path("city").path("processingWorkingDays").asInt());
        assertEquals("usualCaseBornInChina", usual.path("trace").get(0).asText());
        assertTrue(usual.path("alternatives").toString().contains("TRAVEL_DOCUMENT"));
        assertTrue(usual.path("sources").size() >= 3, usual.path("sources").toString());
    }

    @Test
    void aWarningCarriesTheDatesItQuotes() throws Exception {
        LocalDate departure = GuidanceCases.TODAY.plusDays(2);
        JsonNode tooSoon = assess(c -> c.getTrip().setDepartureDate(departure));
        JsonNode warning = null;
        for (JsonNode w : tooSoon.path("warnings")) {
            if (w.path("code").asText().equals("DEPARTURE_TOO_SOON")) {
                warning = w;
            }
        }
        assertEquals(departure.toString(), warning.path("args").get(0).asText());
        assertTrue(warning.path("text").asText().contains(warning.path("args").get(1).asText()), warning.toPrettyString());
    }

    @Test
    void anUnansweredCaseListsTheQuestionsStillOpen() throws Exception {
        Path file = dir.resolve("empty.json");
        CaseFileCodec.write(new FamilyCase(), file);
        assertEquals(0, run("assess", file.toString(), "--json", "--today", GuidanceCases.TODAY.toString()), err.toString());
        JsonNode result = Json.mapper().readTree(out.toString());
        assertEquals("NO_CLEAR_PATH", result.path("document").asText());
        assertTrue(result.path("missing").toString().contains("BORN_IN_CHINA"), result.toPrettyString());
    }

    @Test
    void theHumanOutputIsInTheChosenLanguage() throws Exception {
        Path file = dir.resolve("case.json");
        CaseFileCodec.write(GuidanceCases.usual(), file);
        assertEquals(0, run("assess", file.toString(), "--today", "2026-11-25", "--lang", "zh"));
        assertTrue(out.toString().contains("出入境通行证"), out.toString());
        assertTrue(out.toString().contains("出入境管理部门确认"), out.toString());
    }

    @Test
    void aMissingOrBrokenCaseFileIsAClearErrorWithANonZeroExit() throws Exception {
        assertNotEquals(0, run("assess", dir.resolve("nowhere.json").toString(), "--lang", "en"));
        assertTrue(err.toString().contains("nowhere.json"), err.toString());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ not json");
        err.getBuffer().setLength(0);
        assertNotEquals(0, run("assess", broken.toString(), "--lang", "en"));
        assertTrue(err.toString().contains("broken.json") && err.toString().contains("not valid JSON"), err.toString());
    }
}
