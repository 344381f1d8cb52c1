package io.permitguide;

import java.nio.file.Path;

/**
 * Sends SLF4J logging to a rolling file in the data folder. Case contents are never logged.
 * The settings go in as {@code tinylog.*} system properties; the logger itself starts when something first logs.
 * Classes ask for their logger where they log, not in a static field, so a start that logs nothing (the usual
 * one) never pays tinylog's start-up, about 80 ms of a cold start.
 * tinylog reads the time zone while it starts: a time-zone provider that logs while java.time starts would deadlock
 * against it on two threads. The app ships none; ical4j, on the test class path only, is one.
 */
public final class Logging {
    private Logging() {
    }

    /** Call before anything logs. */
    public static void configure(Path dataFolder) {
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
