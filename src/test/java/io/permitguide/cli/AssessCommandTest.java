package io.permitguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void eachSituationGivesItsDocumentAndWarningCodes() throws Exception {
        JsonNode usual = assess(c -> { });
        assertEquals("ENTRY_EXIT_PERMIT", usual.path("document").asText());
        assertEquals("beijing", usual.path("city").path("id").asText());
        assertEquals(15, usual.path("city").path("feeYuan").asInt());
        assertTrue(usual.path("sources").get(0).path("lastChecked").asText().matches("\\d{4}-\\d{2}-\\d{2}"));

        assertEquals("CHINESE_PASSPORT", assess(c -> c.getChild().setHasChinesePassport(true)).path("document").asText());
        assertEquals("NO_CLEAR_PATH", assess(c -> c.getChild().setOnHukou(true)).path("document").asText());
        assertEquals("TRAVEL_DOCUMENT", assess(c -> c.getResidence().setWhereabouts(Whereabouts.ABROAD)).path("document").asText());
        assertEquals("VISA_ON_FOREIGN_PASSPORT", assess(c -> {
            c.getChild().setBirthCountry("US");
            c.getParents().get(0).setSettledAbroadAtBirth(true);
        }).path("document").asText());
        assertTrue(warnings(assess(c -> c.getTrip().setReturnDate(LocalDate.of(2027, 6, 1)))).contains("TRIP_OUTLASTS_PERMIT"));
        assertTrue(warnings(assess(c -> c.getTrip().setFrequency(TravelFrequency.OFTEN))).contains("FREQUENT_TRAVEL"));
        assertTrue(warnings(assess(c -> c.getTrip().setDepartureDate(GuidanceCases.TODAY.plusDays(2)))).contains("DEPARTURE_TOO_SOON"));
        assertTrue(warnings(assess(c -> {
            c.getResidence().setCity("guangzhou");
            c.getTrip().setDestinationCountry("TH");
        })).contains("DESTINATION_CHECK_UNCLEAR"));
        assertTrue(warnings(assess(c -> c.getTrip().setDestinationCountry("MO"))).contains("HONG_KONG_MACAO"));
        assertTrue(warnings(assess(c -> c.getChild().setNameMatchesBirthCertificate(false))).contains("NAME_DIFFERS"));
        assertTrue(warnings(assess(c -> c.getResidence().setCity("shenzhen"))).contains("MULTIPLE_ENTRY_REPORTED"));
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
