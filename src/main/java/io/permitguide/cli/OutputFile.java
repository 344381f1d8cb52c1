package io.permitguide.cli;

import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The file a command writes ({@code -o}), checked before anything is written: the atomic write replaces whatever
 * stands at that name, so it must never be the case itself, a saved case, a device, a folder, or a symbolic link
 * (whose target the replacement would silently cut off).
 */
final class OutputFile {
    private OutputFile() {
    }

    /** Ends the command with exit code 2 and a translated message when {@code output} must not be written. */
    static void check(Path output, Path input, Messages messages) {
        if (Files.isSymbolicLink(output)) {
            throw refused(messages, "cli.error.output.symlink", output);
        }
        if (Files.isDirectory(output)) {
            throw refused(messages, "cli.error.output.folder", output);
        }
        if (Files.exists(output) && !Files.isRegularFile(output)) {
            throw refused(messages, "cli.error.output.notAFile", output);
        }
        if (Files.exists(output) && sameFile(output, input)) {
            throw refused(messages, "cli.error.output.isInput", output);
        }
        if (Files.exists(output) && looksLikeACase(output)) {
            throw refused(messages, "cli.error.output.isCase", output);
        }
        if (insideSavedCases(output)) {
            throw refused(messages, "cli.error.output.inCases", output);
        }
    }

    private static CommandFailure refused(Messages messages, String key, Path output) {
        return CommandFailure.badInput(messages.get(key, output));
    }

    private static boolean sameFile(Path output, Path input) {
        try {
            return Files.exists(input) && Files.isSameFile(output, input);
        } catch (IOException e) {
            return false;
        }
    }

    /** A case file by its name, as the desktop and the import dialog know it. */
    private static boolean looksLikeACase(Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".pgcase");
    }

    /** In the data folder's cases/, where every file is read as a saved case (and set aside when it is not one). */
    private static boolean insideSavedCases(Path output) {
        Path cases = DataFolder.resolve().resolve("cases");
        Path folder = output.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.isDirectory(cases) || !Files.isDirectory(folder)) {
            return false;
        }
        try {
            return Files.isSameFile(folder, cases);
        } catch (IOException e) {
            return false;
        }
    }
}
