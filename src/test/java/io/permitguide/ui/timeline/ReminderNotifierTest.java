package io.permitguide.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ReminderNotifierTest {
    @TempDir
    Path data;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void showsMissedRemindersOnceAtStart(FxRobot robot) {
        FamilyCase familyCase = new FamilyCase();
        familyCase.setTitle("Leo");
        familyCase.getPermit().setIssueDate(LocalDate.parse("2025-03-10"));
        familyCase.getPermit().setExpiryDate(LocalDate.parse("2025-06-09"));
        Clock may1 = Clock.fixed(Instant.parse("2025-05-01T01:00:00Z"), ZoneId.of("UTC"));
        Clock may28 = Clock.fixed(Instant.parse("2025-05-28T01:00:00Z"), ZoneId.of("UTC"));
        Messages messages = Messages.of(Language.EN);
        AtomicReference<List<String>> shown = new AtomicReference<>();

        robot.interact(() -> new ReminderNotifier(data, () -> messages, may1).showDue(List.of(familyCase), stage));
        robot.interact(() -> shown.set(new ReminderNotifier(data, () -> messages, may28).showDue(List.of(familyCase), stage)
                .stream().map(r -> r.title(messages)).toList()));
        assertEquals(List.of("Leo: Permit expires in 14 days (2025-06-09)"), shown.get());

        robot.interact(() -> shown.set(new ReminderNotifier(data, () -> messages, may28).showDue(List.of(familyCase), stage)
                .stream().map(r -> r.title(messages)).toList()));
        assertEquals(List.of(), shown.get(), "already shown today");
    }
}
