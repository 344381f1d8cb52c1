package io.permitguide;

import io.permitguide.cli.PermitGuideCommand;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.instance.SingleWindow;
import io.permitguide.service.storage.DataFolder;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one entry point. With no arguments (or only a case file, as a file manager passes it) it opens the
 * window; with a subcommand or option it runs as a command line and never touches JavaFX.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] received) {
        Optional<Integer> relaunched = Utf8Relaunch.relaunchIfNeeded(received);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        String[] args = Utf8Relaunch.arguments(received, System.getenv());
        Path dataFolder;
        try {
            dataFolder = DataFolder.resolve();
        } catch (InvalidPathException e) {
            // Only without a UTF-8 locale where no second start can fix it (not Linux).
            System.err.println(Messages.of(Language.forLocale(Locale.getDefault())).get("cli.error.pathEncoding", e.getInput()));
            System.exit(2);
            return;
        }
        Logging.configure(dataFolder);
        if (opensWindow(args)) {
            // The window already open on this data folder, if any, takes the files (PermitGuideApp then ends).
            SingleWindow.decideInBackground(dataFolder, caseFiles(args), Duration.ofSeconds(10));
            Warmup.start(dataFolder);
            io.permitguide.ui.PermitGuideApp.launchWith(args);
        } else {
            System.exit(PermitGuideCommand.run(args));
        }
    }

    static boolean opensWindow(String[] args) {
        return args.length == 0 || (args.length == 1 && isCaseFile(args[0]));
    }

    private static List<Path> caseFiles(String[] args) {
        return Arrays.stream(args).filter(Launcher::isCaseFile).map(Path::of).toList();
    }

    /** A case file as the desktop passes it: a .json export or the app's own .pgcase (same JSON inside). */
    public static boolean isCaseFile(String arg) {
        String name = arg.toLowerCase(java.util.Locale.ROOT);
        return !arg.startsWith("-") && (name.endsWith(".json") || name.endsWith(".pgcase"));
    }
}
