package io.permitguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.permitguide.model.FamilyCase;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.service.storage.CaseFileCodec;
import io.permitguide.service.storage.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess --json} gives each source once, with the date of its evidence and a reference in the chosen language. */
class AssessSourcesJsonTest {
    @TempDir
    Path dir;

    private JsonNode assess(FamilyCase c, String lang) throws Exception {
        Path file = dir.resolve("case-" + lang + ".json");
        CaseFileCodec.write(c, file);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, PermitGuideCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "assess", file.toString(), "--json", "--today", GuidanceCases.TODAY.toString(), "--lang", lang), err.toString());
        return Json.mapper().readTree(out.toString());
    }

    @Test
    void sourcesCarryBothDatesOnceEach() throws Exception {
        JsonNode result = assess(GuidanceCases.usual(), "en");
        List<String> keys = new ArrayList<>();
        for (JsonNode source : result.path("sources")) {
            keys.add(source.path("key").asText());
            assertFalse(source.path("evidence").asText().isBlank(), source.toString());
            assertTrue(source.path("lastChecked").asText().matches("\\d{4}-\\d{2}-\\d{2}"), source.toString());
        }
        assertEquals(keys.stream().distinct().toList(), keys);
        assertTrue(keys.contains("fieldReport"));
    }

    @Test
    void theChineseOutputQuotesChineseReferences() throws Exception {
        JsonNode result = assess(GuidanceCases.usual(), "zh");
        for (JsonNode source : result.path("sources")) {
            String reference = source.path("reference").asText();
            assertTrue(reference.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), reference);
        }
    }

    @Test
    void aHongKongTripFromACityWithMixedReportsGetsNoDestinationCheckWarning() throws Exception {
        FamilyCase c = GuidanceCases.usual();
        c.getResidence().setCity("shanghai");
        c.getTrip().setDestinationCountry("HK");
        List<String> codes = new ArrayList<>();
        assess(c, "en").path("warnings").forEach(w -> codes.add(w.path("code").asText()));
        assertTrue(codes.contains("HONG_KONG_MACAO"), codes.toString());
        assertFalse(codes.contains("DESTINATION_CHECK_UNCLEAR"), codes.toString());
    }
}
