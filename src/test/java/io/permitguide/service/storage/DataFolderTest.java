package io.permitguide.service.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the data folder is when nothing overrides it. */
class DataFolderTest {
    @Test
    void homeComesFromTheHomeVariableLikeEveryOtherProgram() {
        // Java's user.home comes from the account database: a changed $HOME (a sandbox, a test, sudo -H) was ignored.
        assertEquals(Path.of("/tmp/other-home/.local/share/permit-guide"),
                DataFolder.resolve(null, Map.of("HOME", "/tmp/other-home"), "Linux", "/home/account"));
        assertEquals(Path.of("/tmp/other-home/Library/Application Support/PermitGuide"),
                DataFolder.resolve(null, Map.of("HOME", "/tmp/other-home"), "Mac OS X", "/Users/account"));
    }

    @Test
    void withoutHomeTheAccountsHomeIsUsed() {
        assertEquals(Path.of("/home/account/.local/share/permit-guide"), DataFolder.resolve(null, Map.of("HOME", " "), "Linux", "/home/account"));
        assertEquals(Path.of("/home/account/.local/share/permit-guide"), DataFolder.resolve(null, Map.of(), "Linux", "/home/account"));
    }

    @Test
    void xdgAndTheOverridesStillComeFirst() {
        assertEquals(Path.of("/xdg/permit-guide"), DataFolder.resolve(null, Map.of("HOME", "/h", "XDG_DATA_HOME", "/xdg"), "Linux", "/a"));
        assertEquals(Path.of("/env"), DataFolder.resolve(null, Map.of("HOME", "/h", DataFolder.ENV, "/env"), "Linux", "/a"));
        assertEquals(Path.of("/prop"), DataFolder.resolve("/prop", Map.of("HOME", "/h"), "Linux", "/a"));
    }
}
