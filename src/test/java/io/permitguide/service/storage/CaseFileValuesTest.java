package io.permitguide.service.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.model.MarriagePlace;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.DueReminders;
import io.permitguide.service.timeline.PermitTimeline;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Whole values a hand edit, another program or a damaged disk may put in a case file (issue 18, items 1 and 6). */
class CaseFileValuesTest {
    @TempDir
    Path data;

    private static ObjectNode sampleTree() throws Exception {
        return (ObjectNode) Json.mapper().readTree(CaseFileCodec.encode(FullCase.sample()));
    }

    private static ObjectNode familyCase(ObjectNode tree) {
        return (ObjectNode) tree.get("familyCase");
    }

    private static byte[] bytes(JsonNode tree) throws Exception {
        return Json.mapper().writeValueAsBytes(tree);
    }

    @Test
    void explicitNullsGetTheDefaultsOfANewCase() throws Exception {
        ObjectNode tree = sampleTree();
        ObjectNode c = familyCase(tree);
        for (String field : List.of("title", "child", "parents", "trip", "residence", "application", "permit", "checklist", "reminders",
                "notes", "marriage")) {
            c.putNull(field);
        }
        Files.createDirectories(data.resolve("cases"));
        Files.write(data.resolve("cases").resolve("nulls.json"), bytes(tree));

        LoadResult result = new CaseStore(data).loadAll();

        assertEquals(1, result.cases().size(), "read, not set aside: " + result.setAside());
        FamilyCase loaded = result.cases().get(0);
        assertEquals("", loaded.getTitle());
        assertEquals(2, loaded.getParents().size());
        assertNotNull(loaded.getChild().getForeignPassports());
        assertEquals(MarriagePlace.UNKNOWN, loaded.getMarriage());
        assertEquals(List.of(30, 14, 7, 1), loaded.getReminders().getDaysBeforeExpiry());
        assertNotNull(PermitTimeline.of(loaded, FullCase.TODAY));
    }

    /** Each value of the sample set to null on its own: the case is still read, and it is complete. */
    @Test
    void aNullAnywhereInTheCaseIsReadAsTheDefault() throws Exception {
        ObjectNode original = sampleTree();
        List<String> paths = new ArrayList<>();
        collectPaths(familyCase(original), "", paths);
        Files.createDirectories(data.resolve("cases"));
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).equals("/id")) {
                continue; // a case without an id is set aside, see below
            }
            ObjectNode tree = original.deepCopy();
            JsonNode parent = familyCase(tree).at(paths.get(i).substring(0, paths.get(i).lastIndexOf('/')));
            String last = paths.get(i).substring(paths.get(i).lastIndexOf('/') + 1);
            if (parent instanceof ObjectNode object) {
                object.putNull(last);
            } else {
                ((ArrayNode) parent).set(Integer.parseInt(last), (JsonNode) null);
            }
            Files.write(data.resolve("cases").resolve("null-" + i + ".json"), bytes(tree));
        }

        LoadResult result = new CaseStore(data).loadAll();

        assertEquals(List.of(), result.setAside(), "every null is read");
        assertEquals(paths.size() - 1, result.cases().size());
        for (FamilyCase loaded : result.cases()) {
            assertTrue(loaded.getTitle() != null && loaded.getChild().getFamilyName() != null && loaded.getParents().size() >= 2
                    && loaded.getParents().stream().allMatch(p -> p != null && p.getNationality() != null)
                    && loaded.getChild().getForeignPassports().stream().allMatch(p -> p != null && p.getNumber() != null)
                    && loaded.getChecklist().getItems().values().stream().allMatch(p -> p != null && p.getState() != null)
                    && loaded.getReminders().getDaysBeforeExpiry().stream().allMatch(d -> d != null), loaded.getId());
        }
        DueReminders.due(result.cases(), FullCase.TODAY, null);
    }

    private static void collectPaths(JsonNode node, String path, List<String> paths) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                paths.add(path + "/" + name);
                collectPaths(node.get(name), path + "/" + name, paths);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths.add(path + "/" + i);
                collectPaths(node.get(i), path + "/" + i, paths);
            }
        }
    }

    @Test
    void aCaseWithoutAnIdIsRefusedNamingTheField() throws Exception {
        ObjectNode tree = sampleTree();
        familyCase(tree).putNull("id");
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFileCodec.decode(bytes(tree)));
        assertEquals("id", e.field());
    }

    @Test
    void aNumberWhereADateBelongsIsRefusedNamingTheField() throws Exception {
        ObjectNode tree = sampleTree();
        ((ObjectNode) familyCase(tree).get("permit")).put("expiryDate", 20261231);

        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFileCodec.decode(bytes(tree)));

        assertEquals(CaseFileProblem.BAD_DATE, e.problem());
        assertEquals("permit.expiryDate", e.field());
        String english = e.reason(Messages.of(Language.EN));
        assertTrue(english.contains("permit.expiryDate") && english.contains("year-month-day"), english);
        assertTrue(e.reason(Messages.of(Language.ZH)).contains("permit.expiryDate"));
    }

    @Test
    void onlyIsoDatesWithFourDigitYearsAreRead() throws Exception {
        for (String bad : List.of("\"+999999999-12-31\"", "\"+10000-01-01\"", "\"2026-02-30\"", "\"2026-1-5\"", "\"20261231\"",
                "[2026,12,31]", "\"2026-12-31T10:00\"", "true", "{}")) {
            ObjectNode tree = sampleTree();
            ((ObjectNode) ((ArrayNode) familyCase(tree).get("child").get("foreignPassports")).get(0))
                    .set("expiryDate", Json.mapper().readTree(bad));
            CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFileCodec.decode(bytes(tree)), bad);
            assertEquals(CaseFileProblem.BAD_DATE, e.problem(), bad);
            assertEquals("child.foreignPassports[0].expiryDate", e.field(), bad);
        }
        ObjectNode tree = sampleTree();
        ((ObjectNode) familyCase(tree).get("trip")).put("departureDate", "");
        ((ObjectNode) familyCase(tree).get("trip")).put("returnDate", "9999-12-31");
        FamilyCase read = CaseFileCodec.decode(bytes(tree));
        assertNull(read.getTrip().getDepartureDate(), "an empty date is an unanswered one");
        assertEquals(LocalDate.of(9999, 12, 31), read.getTrip().getReturnDate());
    }

    @Test
    void aDateOutOfRangeSetsOnlyItsOwnFileAside() throws Exception {
        CaseStore store = new CaseStore(data);
        FamilyCase good = FullCase.sample();
        store.save(good);
        ObjectNode tree = sampleTree();
        familyCase(tree).put("id", "far");
        ((ObjectNode) familyCase(tree).get("permit")).put("expiryDate", "+999999999-12-31");
        Files.write(store.casesDir().resolve("far.json"), bytes(tree));

        LoadResult result = new CaseStore(data).loadAll();

        assertEquals(List.of(good.getId()), result.cases().stream().map(FamilyCase::getId).toList());
        assertEquals(CaseFileProblem.BAD_DATE, result.setAside().get(0).problem());
        assertEquals("permit.expiryDate", result.setAside().get(0).field());
        assertTrue(DueReminders.due(result.cases(), FullCase.TODAY, null).size() > 0, "the good case's reminder is still due");
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingIt() throws Exception {
        CaseStore store = new CaseStore(data);
        FamilyCase good = FullCase.sample();
        store.save(good);
        Path huge = store.casesDir().resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: 200 MB that take no disk
        }

        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new CaseStore(data).loadAll());

        assertEquals(1, result.cases().size());
        assertEquals(CaseFileProblem.TOO_LARGE, result.setAside().get(0).problem());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aFifoIsSetAsideWithoutWaitingForAWriter() throws Exception {
        CaseStore store = new CaseStore(data);
        store.save(FullCase.sample());
        Path fifo = store.casesDir().resolve("fifo.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new CaseStore(data).loadAll());

        assertEquals(1, result.cases().size());
        assertEquals(CaseFileProblem.UNREADABLE, result.setAside().get(0).problem());
    }

    @Test
    void aCaseTooLargeToReadBackIsNotSaved() throws Exception {
        CaseStore store = new CaseStore(data);
        FamilyCase c = FullCase.sample();
        store.save(c);
        c.setNotes("x".repeat(CaseFileCodec.MAX_BYTES));
        assertThrows(java.io.IOException.class, () -> store.save(c));
        assertEquals("Bring the originals.", new CaseStore(data).loadAll().cases().get(0).getNotes(), "the saved version is intact");
    }
}
