package io.permitguide;

import io.permitguide.model.Language;
import io.permitguide.service.Countries;
import io.permitguide.service.FirstWindow;
import io.permitguide.service.calendar.WorkingDayCalendar;
import io.permitguide.service.checklist.ChecklistItems;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.guidance.RuleBook;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.SettingsStore;
import io.permitguide.service.storage.StartupCases;
import io.permitguide.service.timeline.ChinaDates;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads the user's cases, then the bundled data, on a second core while JavaFX starts, so the window's first frame
 * does not wait for them. Only an optimisation: whatever is not ready yet is loaded where it is first used.
 */
final class Warmup {
    private Warmup() {
    }

    static void start(Path dataFolder) {
        Runnable readCases = StartupCases.readAhead(dataFolder);
        Thread thread = new Thread(() -> {
            readCases.run();
            loadData(dataFolder);
        }, "warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void loadData(Path dataFolder) {
        try {
            // What the first frame's case list needs (status and papers), in the language the window opens in.
            Messages.of(new SettingsStore(dataFolder).effectiveLanguage());
            CityProfiles.bundled();
            WorkingDayCalendar.bundled().isWorkingDay(ChinaDates.today(ChinaDates.systemClock()));
            ChecklistItems.bundled();
            // The rest serves the sections and the other language; on two cores it would slow the first frame.
            FirstWindow.awaitShown(Duration.ofSeconds(5));
            RuleBook.bundled();
            for (Language language : Language.values()) {
                Messages.of(language);
                Countries.sortedCodes(language);
            }
        } catch (RuntimeException e) {
            // The same data is loaded again where it is used, and any error is reported there.
            org.slf4j.LoggerFactory.getLogger(Warmup.class).debug("Warm-up stopped: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
