package io.permitguide.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.Language;
import io.permitguide.ui.AppSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChinaDayCellsTest {
    /** 10:00 on Friday 9 February 2024 in Beijing, still Thursday the 8th in Los Angeles. */
    private static final Clock BEIJING_FRIDAY = Clock.fixed(Instant.parse("2024-02-09T02:00:00Z"), ZoneId.of("America/Los_Angeles"));
    private static final Locale FORMAT_BEFORE = Locale.getDefault(Locale.Category.FORMAT);

    private DatePicker picker;

    @Start
    void start(Stage stage) {
        picker = new DatePicker(LocalDate.of(2024, 2, 5));
        ChinaDayCells.apply(picker, BEIJING_FRIDAY);
        stage.setScene(new Scene(new StackPane(picker), 400, 300));
        stage.show();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(Locale.Category.FORMAT, FORMAT_BEFORE);
    }

    private List<Node> openCalendar(FxRobot robot) {
        robot.interact(picker::show);
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(robot.lookup(".date-cell").queryAll());
    }

    @Test
    void todayIsChinasDateWhateverTheComputersZone(FxRobot robot) {
        List<String> today = openCalendar(robot).stream()
                .filter(n -> n.getStyleClass().contains("today"))
                .map(n -> ((DateCell) n).getItem().toString())
                .toList();
        assertEquals(List.of("2024-02-09"), today);
    }

    @Test
    void theCalendarNamesMonthsInTheInterfaceLanguage(FxRobot robot, @TempDir Path data) {
        robot.interact(() -> new AppSession(data).setLanguage(Language.ZH));
        openCalendar(robot);
        List<String> labels = robot.lookup(".month-year-pane .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(labels.stream().anyMatch(t -> t.contains("二月") || t.contains("2月")), labels.toString());

        robot.interact(() -> new AppSession(data).setLanguage(Language.EN));
        robot.interact(picker::hide);
        openCalendar(robot);
        List<String> english = robot.lookup(".month-year-pane .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(english.contains("February"), english.toString());
    }
}
