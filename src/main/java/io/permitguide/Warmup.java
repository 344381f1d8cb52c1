package io.permitguide;

import io.permitguide.model.Language;
import io.permitguide.service.Countries;
import io.permitguide.service.calendar.WorkingDayCalendar;
import io.permitguide.service.checklist.ChecklistItems;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.guidance.RuleBook;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.Json;
import io.permitguide.service.storage.StartupCases;
import io.permitguide.service.timeline.ChinaDates;

/**
 * Reads the user's cases, then the bundled data, on a second core while JavaFX starts, so the window's first frame
 * does not wait for them. Only an optimisation: whatever is not ready yet is loaded where it is first used.
 */
final class Warmup {
    private Warmup() {
    }

    static void start(java.nio.file.Path dataFolder) {
        Runnable readCases = StartupCases.readAhead(dataFolder);
        Thread thread = new Thread(() -> {
            readCases.run();
            run();
        }, "warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void run() {
        try {
            Json.mapper();
            for (Language language : Language.values()) {
                Messages.of(language);
                Countries.sortedCodes(language);
            }
            CityProfiles.bundled();
            WorkingDayCalendar.bundled().isWorkingDay(ChinaDates.today(ChinaDates.systemClock()));
            RuleBook.bundled();
            ChecklistItems.bundled();
        } catch (RuntimeException e) {
            // The same data is loaded again where it is used, and any error is reported there.
            org.slf4j.LoggerFactory.getLogger(Warmup.class).debug("Warm-up stopped: {}", e.getMessage());
        }
    }
}
