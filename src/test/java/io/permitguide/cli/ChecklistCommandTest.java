package io.permitguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.ItemState;
import io.permitguide.model.MarriagePlace;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.service.storage.CaseFileCodec;
import io.permitguide.service.storage.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PermitGuideCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path caseFile() throws Exception {
        FamilyCase c = GuidanceCases.usual();
        c.setMarriage(MarriagePlace.ABROAD);
        c.getChecklist().progressOf("foreignPassport").setState(ItemState.COPIED);
        Path file = dir.resolve("case.json");
        CaseFileCodec.write(c, file);
        return file;
    }

    @Test
    void jsonListsTheItemsWithTheirStates() throws Exception {
        assertEquals(0, run("checklist", caseFile().toString(), "--json", "--lang", "en", "--today", "2026-11-25"), err.toString());
        JsonNode root = Json.mapper().readTree(out.toString());
        assertEquals("ENTRY_EXIT_PERMIT", root.path("document").asText(), "the list says which document it is for");
        JsonNode items = root.path("items");
        JsonNode passport = null;
        boolean translation = false;
        for (JsonNode item : items) {
            if (item.path("id").asText().equals("foreignPassport")) {
                passport = item;
            }
            translation |= item.path("id").asText().equals("marriageTranslation");
        }
        assertTrue(translation, "married abroad: the stamped translation is listed");
        assertEquals("COPIED", passport.path("state").asText());
        assertTrue(passport.path("ready").asBoolean());
    }

    @Test
    void theHumanListIsInChineseWhenAsked() throws Exception {
        assertEquals(0, run("checklist", caseFile().toString(), "--lang", "zh", "--today", "2026-11-25"));
        assertTrue(out.toString().contains("[x] 孩子的外国护照"), out.toString());
        assertTrue(out.toString().contains("[ ] 结婚证的中文翻译件"), out.toString());
    }

    @Test
    void aMissingCaseFileFails() {
        assertNotEquals(0, run("checklist", dir.resolve("none.json").toString(), "--lang", "en"));
        assertTrue(err.toString().contains("none.json"));
    }
}
