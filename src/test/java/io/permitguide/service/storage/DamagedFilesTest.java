package io.permitguide.service.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whoever sets a file aside, the user hears of it once (issue 18, item 2). */
class DamagedFilesTest {
    @TempDir
    Path data;

    @Test
    void aFileSetAsideByRemindIsReportedByTheNextWindowOnceWithItsReason() throws Exception {
        CaseStore remind = new CaseStore(data);
        remind.save(CaseStoreTest.sampleCase());
        Files.writeString(remind.casesDir().resolve("newer.json"),
                "{\"format\":\"permit-guide-case\",\"version\":1,\"familyCase\":{\"id\":\"newer\",\"child\":{\"sex\":\"OTHER\"}}}");
        remind.loadAll(); // remind reads, sets the file aside, and prints it (it does not report to the window)

        CaseStore window = new CaseStore(data);
        window.loadAll();
        List<SetAsideFile> first = window.takeUnreportedSetAside();
        List<SetAsideFile> second = new CaseStore(data).takeUnreportedSetAside();

        assertEquals(1, first.size());
        assertEquals("newer.json", first.get(0).original().getFileName().toString());
        assertEquals(CaseFileProblem.DAMAGED, first.get(0).problem());
        assertTrue(Files.exists(first.get(0).movedTo()));
        assertTrue(first.get(0).movedTo().startsWith(window.damagedDir()));
        assertEquals(List.of(), second, "reported once");
    }

    @Test
    void aFilePutInTheFolderByHandIsReportedWithoutAReason() throws Exception {
        CaseStore store = new CaseStore(data);
        Files.createDirectories(store.damagedDir());
        Files.writeString(store.damagedDir().resolve("old.json.20250101"), "{}");

        List<SetAsideFile> unreported = store.takeUnreportedSetAside();

        assertEquals(1, unreported.size());
        assertNull(unreported.get(0).problem());
        assertTrue(unreported.get(0).reason(Messages.of(Language.EN)).contains("no reason recorded"));
        assertEquals(List.of(), store.takeUnreportedSetAside());
    }

    @Test
    void aDamagedRecordOnlyMeansFilesAreReportedAgain() throws Exception {
        CaseStore store = new CaseStore(data);
        Files.createDirectories(store.damagedDir());
        Files.writeString(store.damagedDir().resolve("a.json.1"), "x");
        store.takeUnreportedSetAside();
        Files.writeString(data.resolve("damaged.json"), "{\"a.json.1\": 12, ");

        assertEquals(1, store.takeUnreportedSetAside().size());
    }
}
