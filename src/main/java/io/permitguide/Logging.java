package io.permitguide;

import java.nio.file.Path;

/**
 * Sends SLF4J logging to a rolling file in the data folder. Case contents are never logged.
 * The settings go in as {@code tinylog.*} system properties, which tinylog reads when something first logs: a
 * command that logs nothing never pays for starting the logger.
 */
public final class Logging {
    private Logging() {
    }

    public static void init(Path dataFolder) {
        Path logs = dataFolder.resolve("logs");
        try {
            io.permitguide.service.storage.AtomicFiles.createPrivateDirectories(logs);
        } catch (java.io.IOException e) {
            set("writer", "console");
            set("writer.level", "warn");
            return;
        }
        set("writer", "rolling file");
        set("writer.file", logs.resolve("permit-guide-{count}.log").toString());
        set("writer.latest", logs.resolve("permit-guide.log").toString());
        set("writer.policies", "startup, size: 1mb");
        set("writer.backups", "3");
        set("writer.level", "info");
        set("writer.format", "{date: yyyy-MM-dd HH:mm:ss} {level} {class-name}: {message}");
    }

    private static void set(String key, String value) {
        System.setProperty("tinylog." + key, value);
    }
}
