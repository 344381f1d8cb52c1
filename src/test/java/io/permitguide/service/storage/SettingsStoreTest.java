package io.permitguide.service.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.permitguide.model.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preferences file: older files still load, and each preference is kept when another one is saved. */
class SettingsStoreTest {
    @TempDir
    Path dataFolder;

    @Test
    void aFileFromBeforeTheLastFolderStillGivesItsLanguage() throws Exception {
        Files.writeString(dataFolder.resolve("settings.json"), "{\"language\":\"ZH\"}");
        SettingsStore store = new SettingsStore(dataFolder);
        assertEquals(Language.ZH, store.load().language());
        assertNull(store.load().lastFolder());
    }

    @Test
    void theLastFolderTheLastCaseAndTheLanguageAreKeptSideBySide() throws Exception {
        SettingsStore store = new SettingsStore(dataFolder);
        store.save(store.load().withLastFolder("/home/someone/文档"));
        store.save(store.load().withLastCaseId("case-7"));
        store.save(store.load().withLanguage(Language.EN));
        SettingsStore.Settings again = new SettingsStore(dataFolder).load();
        assertEquals("/home/someone/文档", again.lastFolder());
        assertEquals("case-7", again.lastCaseId());
        assertEquals(Language.EN, again.language());
    }
}
