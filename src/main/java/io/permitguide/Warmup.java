package io.permitguide;

import io.permitguide.model.Language;
import io.permitguide.service.Countries;
import io.permitguide.service.FirstWindow;
import io.permitguide.service.calendar.WorkingDayCalendar;
import io.permitguide.service.checklist.ChecklistItems;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.guidance.RuleBook;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.StartupCases;
import io.permitguide.service.timeline.ChinaDates;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Once the window is on screen, reads the user's cases, then the bundled data, on a second core while the main
 * view is built, so the main view does not wait for them. Only an optimisation: whatever is not ready yet is loaded
 * where it is first used.
 */
final class Warmup {
    private Warmup() {
    }

    static void start(Path dataFolder) {
        Runnable readCases = StartupCases.readAhead(dataFolder);
        Thread thread = new Thread(() -> {
            try {
                // The opening view's two lines, read here while the toolkit starts (about 50 ms, mostly the first
                // resource bundle of the process).
                for (Language language : Language.values()) {
                    Messages.of(language);
                }
                // On two cores the rest would hold back the window's first frame; it is needed for the second.
                FirstWindow.awaitOpened(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                // Whatever failed here, the cases are still read: the window waits for them.
                org.slf4j.LoggerFactory.getLogger(Warmup.class).debug("Warm-up: {}", e.toString());
            } finally {
                readCases.run(); // never throws: it hands any failure to the window, which then reads for itself
            }
            loadData();
        }, "warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void loadData() {
        try {
            // What the main view's case list needs (status and papers).
            CityProfiles.bundled();
            WorkingDayCalendar.bundled().isWorkingDay(ChinaDates.today(ChinaDates.systemClock()));
            ChecklistItems.bundled();
            // The rest serves the sections; on two cores it would slow the main view.
            FirstWindow.awaitShown(Duration.ofSeconds(5));
            RuleBook.bundled();
            for (Language language : Language.values()) {
                Countries.sortedCodes(language);
            }
        } catch (RuntimeException | Error e) {
            // The same data is loaded again where it is used, and any error is reported there.
            org.slf4j.LoggerFactory.getLogger(Warmup.class).debug("Warm-up stopped: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
