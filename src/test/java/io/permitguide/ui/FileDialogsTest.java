package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a file dialog opens, for a made-up home folder. */
class FileDialogsTest {
    @TempDir
    Path home;

    @Test
    void theLastFolderUsedWinsWhileItExists() throws Exception {
        Path last = Files.createDirectories(home.resolve("exports"));
        Path documents = Files.createDirectories(home.resolve("Dokumente"));
        assertEquals(last, FileDialogs.startFolder(home, Optional.of(documents), last.toString()));
        Files.delete(last);
        assertEquals(documents, FileDialogs.startFolder(home, Optional.of(documents), last.toString()), "gone: the documents folder");
    }

    @Test
    void theDesktopsDocumentsFolderThenDocumentsThenHome() throws Exception {
        Path xdg = Files.createDirectories(home.resolve("文档"));
        assertEquals(xdg, FileDialogs.startFolder(home, Optional.of(xdg), null));
        assertEquals(home, FileDialogs.startFolder(home, Optional.empty(), null), "no documents folder at all");
        Path documents = Files.createDirectories(home.resolve("Documents"));
        assertEquals(documents, FileDialogs.startFolder(home, Optional.empty(), null));
        // xdg-user-dir names home itself when no documents folder is configured.
        assertEquals(documents, FileDialogs.startFolder(home, Optional.of(home), null));
        assertEquals(documents, FileDialogs.startFolder(home, Optional.of(home.resolve("missing")), ""));
    }
}
