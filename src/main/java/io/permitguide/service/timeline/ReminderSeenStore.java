package io.permitguide.service.timeline;

import io.permitguide.service.storage.AtomicFiles;
import io.permitguide.service.storage.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.slf4j.LoggerFactory;

/**
 * The last day reminders were shown ({@code reminders-seen.json} in the data folder), shared by the window and
 * the {@code remind} command so that whichever runs first shows the missed ones once.
 */
public final class ReminderSeenStore {
    record Seen(LocalDate lastSeen) {
    }

    private final Path file;

    public ReminderSeenStore(Path dataFolder) {
        this.file = dataFolder.resolve("reminders-seen.json");
    }

    /** The last day shown, or null if never (or the file is unreadable: then only today's are due). */
    public LocalDate lastSeen() {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return Json.mapper().readValue(file.toFile(), Seen.class).lastSeen();
        } catch (IOException e) {
            LoggerFactory.getLogger(ReminderSeenStore.class).warn("Ignoring unreadable {}: {}", file, e.getMessage());
            return null;
        }
    }

    /** Records {@code day} as seen; never moves the date backwards. */
    public void markSeen(LocalDate day) throws IOException {
        LocalDate previous = lastSeen();
        if (previous == null || day.isAfter(previous)) {
            AtomicFiles.write(file, Json.mapper().writeValueAsBytes(new Seen(day)));
        }
    }

    /**
     * Records the real today as seen. Unlike {@link #markSeen}, it also moves back a date after today, which only a
     * trial run of an older {@code remind --today} can have left, and which would hide every reminder until then.
     */
    public void markSeenToday(LocalDate realToday) throws IOException {
        LocalDate previous = lastSeen();
        if (previous == null || !previous.equals(realToday)) {
            AtomicFiles.write(file, Json.mapper().writeValueAsBytes(new Seen(realToday)));
        }
    }
}
