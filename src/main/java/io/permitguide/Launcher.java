package io.permitguide;

import io.permitguide.cli.PermitGuideCommand;
import io.permitguide.service.storage.DataFolder;
import java.nio.file.Path;

/**
 * The one entry point. With no arguments (or only a case file, as a file manager passes it) it opens the
 * window; with a subcommand or option it runs as a command line and never touches JavaFX.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Path dataFolder = DataFolder.resolve();
        Logging.configure(dataFolder);
        if (opensWindow(args)) {
            Warmup.start(dataFolder);
            io.permitguide.ui.PermitGuideApp.launchWith(args);
        } else {
            System.exit(PermitGuideCommand.run(args));
        }
    }

    static boolean opensWindow(String[] args) {
        return args.length == 0 || (args.length == 1 && isCaseFile(args[0]));
    }

    /** A case file as the desktop passes it: a .json export or the app's own .pgcase (same JSON inside). */
    public static boolean isCaseFile(String arg) {
        String name = arg.toLowerCase(java.util.Locale.ROOT);
        return !arg.startsWith("-") && (name.endsWith(".json") || name.endsWith(".pgcase"));
    }
}
