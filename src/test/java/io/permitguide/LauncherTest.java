package io.permitguide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the desktop passes on a double-click opens the window; everything else is the command line. */
class LauncherTest {
    @Test
    void noArgumentsOpensTheWindow() {
        assertTrue(Launcher.opensWindow(new String[0]));
    }

    @Test
    void oneCaseFileOpensTheWindowWhateverItsCase() {
        assertTrue(Launcher.opensWindow(new String[] {"/home/ana/Mia.pgcase"}));
        assertTrue(Launcher.opensWindow(new String[] {"/home/ana/Downloads/Mia export.JSON"}));
    }

    @Test
    void optionsSubcommandsAndOtherFilesRunTheCommandLine() {
        assertFalse(Launcher.opensWindow(new String[] {"--version"}));
        assertFalse(Launcher.opensWindow(new String[] {"-x.json"}));
        assertFalse(Launcher.opensWindow(new String[] {"notes.txt"}));
        assertFalse(Launcher.opensWindow(new String[] {"a.pgcase", "b.pgcase"}));
    }
}
