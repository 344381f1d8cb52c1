package io.permitguide.ui.timeline;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.ChinaDates;
import io.permitguide.service.timeline.DueReminders;
import io.permitguide.service.timeline.Reminder;
import io.permitguide.service.timeline.ReminderSeenStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.LoggerFactory;

/**
 * Shows due reminders as desktop-style notifications inside the app: at start (with those missed while the app
 * was closed) and again whenever the date in China changes while it runs. Call on the JavaFX thread.
 */
public final class ReminderNotifier {

    private final ReminderSeenStore seen;
    private final Supplier<Messages> messages;
    private final Clock clock;
    private Timeline daily;

    /** {@code messages} is asked each time, so notifications follow a language switch. */
    public ReminderNotifier(Path dataFolder, Supplier<Messages> messages, Clock clock) {
        this.seen = new ReminderSeenStore(dataFolder);
        this.messages = messages;
        this.clock = clock;
    }

    public ReminderNotifier(Path dataFolder, Supplier<Messages> messages) {
        this(dataFolder, messages, ChinaDates.systemClock());
    }

    /** Shows what is due today and what was missed since the last check, once; returns what was shown. */
    public List<Reminder> showDue(List<FamilyCase> cases, Window owner) {
        LocalDate today = ChinaDates.today(clock);
        List<Reminder> due = DueReminders.due(cases, today, seen.lastSeen());
        try {
            seen.markSeen(today);
        } catch (IOException e) {
            LoggerFactory.getLogger(ReminderNotifier.class).warn("Could not record the reminders as seen: {}", e.getMessage());
        }
        if (!due.isEmpty()) {
            Messages messages = this.messages.get();
            String text = due.stream().map(r -> r.title(messages)).collect(Collectors.joining("\n"));
            Notifications notification = Notifications.create()
                    .title(messages.get("timeline.notification.title"))
                    .text(text)
                    .hideAfter(Duration.minutes(2));
            if (owner != null) {
                notification.owner(owner);
            }
            notification.showInformation();
        }
        return due;
    }

    /** Shows due reminders now, then checks every hour and shows them again when the date in China changes. */
    public void start(Supplier<List<FamilyCase>> cases, Window owner) {
        stop();
        showDue(cases.get(), owner);
        LocalDate[] lastDay = {ChinaDates.today(clock)};
        daily = new Timeline(new KeyFrame(Duration.hours(1), e -> {
            LocalDate today = ChinaDates.today(clock);
            if (!today.equals(lastDay[0])) {
                lastDay[0] = today;
                showDue(cases.get(), owner);
            }
        }));
        daily.setCycleCount(Animation.INDEFINITE);
        daily.play();
    }

    public void stop() {
        if (daily != null) {
            daily.stop();
            daily = null;
        }
    }
}
