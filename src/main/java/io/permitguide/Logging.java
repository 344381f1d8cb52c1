package io.permitguide;

import java.nio.file.Path;
import org.tinylog.configuration.Configuration;

/** Sends SLF4J logging to a rolling file in the data folder. Case contents are never logged. */
public final class Logging {
    private Logging() {
    }

    public static void init(Path dataFolder) {
        if (Configuration.isFrozen()) {
            return;
        }
        Path logs = dataFolder.resolve("logs");
        try {
            io.permitguide.service.storage.AtomicFiles.createPrivateDirectories(logs);
        } catch (java.io.IOException e) {
            Configuration.set("writer", "console");
            Configuration.set("writer.level", "warn");
            return;
        }
        Configuration.set("writer", "rolling file");
        Configuration.set("writer.file", logs.resolve("permit-guide-{count}.log").toString());
        Configuration.set("writer.latest", logs.resolve("permit-guide.log").toString());
        Configuration.set("writer.policies", "startup, size: 1mb");
        Configuration.set("writer.backups", "3");
        Configuration.set("writer.level", "info");
        Configuration.set("writer.format", "{date: yyyy-MM-dd HH:mm:ss} {level} {class-name}: {message}");
    }
}
