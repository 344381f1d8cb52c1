package io.permitguide;

import java.nio.file.Path;

/**
 * Sends SLF4J logging to a rolling file in the data folder. Case contents are never logged.
 * The settings go in as {@code tinylog.*} system properties; then the logger starts on the calling thread, before
 * the app starts any other: tinylog reads the time zone while it starts, and ical4j's time-zone provider logs
 * while java.time starts, so two threads starting them at once deadlock (seen with the warm-up thread).
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
            startNow();
            return;
        }
        set("writer", "rolling file");
        set("writer.file", logs.resolve("permit-guide-{count}.log").toString());
        set("writer.latest", logs.resolve("permit-guide.log").toString());
        set("writer.policies", "startup, size: 1mb");
        set("writer.backups", "3");
        set("writer.level", "info");
        set("writer.format", "{date: yyyy-MM-dd HH:mm:ss} {level} {class-name}: {message}");
        startNow();
    }

    private static void startNow() {
        org.slf4j.LoggerFactory.getLogger(Logging.class);
    }

    private static void set(String key, String value) {
        System.setProperty("tinylog." + key, value);
    }
}
