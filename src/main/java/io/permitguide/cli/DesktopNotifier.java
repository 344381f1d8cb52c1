package io.permitguide.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Raises a desktop notification with {@code notify-send} where the desktop has it; does nothing otherwise. */
final class DesktopNotifier {
    private final String path;

    /** @param path the search path, as in the PATH environment variable */
    DesktopNotifier(String path) {
        this.path = path == null ? "" : path;
    }

    Optional<Path> notifySend() {
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path candidate = Path.of(dir, "notify-send");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** True if a notification was handed to the desktop. */
    boolean show(String title, String body) {
        Optional<Path> tool = notifySend();
        if (tool.isEmpty()) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(tool.get().toString(), "--app-name=Permit Guide", title, body)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
