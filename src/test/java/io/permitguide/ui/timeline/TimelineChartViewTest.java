package io.permitguide.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.service.i18n.Messages;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.Views;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dates chart at the top of the Timeline section, with the app's theme and style sheet, in both languages. */
@ExtendWith(ApplicationExtension.class)
class TimelineChartViewTest {
    /** 2024-02-09 in China. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-09T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private Stage stage;
    private TimelineController controller;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** The Timeline section of a usual Beijing case travelling 15 March to 5 April 2024, in {@code language}. */
    private void open(FxRobot robot, Language language) {
        FamilyCase familyCase = GuidanceCases.usual();
        familyCase.getResidence().setCity("beijing");
        familyCase.getTrip().setDepartureDate(LocalDate.parse("2024-03-15"));
        familyCase.getTrip().setReturnDate(LocalDate.parse("2024-04-05"));
        robot.interact(() -> {
            Messages messages = Messages.of(language);
            Views.Loaded<TimelineController> loaded = Views.load("Timeline", messages);
            controller = loaded.controller();
            controller.setClock(CLOCK);
            controller.show(new CaseContext(familyCase, messages, () -> { }, stage));
            Scene scene = new Scene(loaded.root(), 900, 600);
            scene.getStylesheets().add(getClass().getResource("/css/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup("#chart-" + id).queryAs(Label.class);
    }

    private static TimelineChartView chart(FxRobot robot) {
        return robot.lookup("#timelineChart").queryAs(TimelineChartView.class);
    }

    private static void issuedOn(FxRobot robot, String date) {
        DatePicker picker = robot.lookup("#issueDate").queryAs(DatePicker.class);
        robot.interact(() -> picker.setValue(LocalDate.parse(date)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isRed(Color color) {
        return color.getRed() > 0.6 && color.getGreen() < 0.4 && color.getBlue() < 0.4;
    }

    /** The dot on the axis of the one date in conflict. */
    private static Circle conflictDot(FxRobot robot) {
        return chart(robot).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Circle && n.getStyleClass().contains("chart-conflict"))
                .map(Circle.class::cast).findFirst().orElse(null);
    }

    @Test
    void aUsualCaseShowsTodayTheDeadlineAndTheTripInEnglish(FxRobot robot) {
        open(robot, Language.EN);

        assertEquals("Today\n2024-02-09", label(robot, "TODAY").getText());
        // Ready 3 working days before 14 March after Beijing's 7: accepted by 29 February at the latest.
        assertEquals("Apply by\n2024-02-29", label(robot, "LAST_DAY_TO_APPLY").getText());
        assertEquals("Departure\n2024-03-15", label(robot, "DEPARTURE").getText());
        assertEquals("Return\n2024-04-05", label(robot, "RETURN").getText());
        for (String id : new String[] {"TODAY", "LAST_DAY_TO_APPLY", "DEPARTURE", "RETURN"}) {
            Label label = label(robot, id);
            assertTrue(label.isVisible() && label.getWidth() > 0, id);
            assertFalse(label.getStyleClass().contains("chart-conflict"), id);
        }
        // Left to right in date order, inside the chart.
        double today = centre(label(robot, "TODAY"));
        double deadline = centre(label(robot, "LAST_DAY_TO_APPLY"));
        double ret = centre(label(robot, "RETURN"));
        assertTrue(today < deadline && deadline < ret, today + " " + deadline + " " + ret);
        TimelineChartView chart = chart(robot);
        assertTrue(chart.getAccessibleText().contains("Apply by: February 29, 2024"), chart.getAccessibleText());
        assertTrue(chart.getAccessibleText().contains("Trip from"), chart.getAccessibleText());
        assertTrue(chart.isFocusTraversable());
    }

    private static double centre(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return (b.getMinX() + b.getMaxX()) / 2;
    }

    @Test
    void aReturnAfterTheExpiryIsRedWithTheConflictAsTooltip(FxRobot robot) {
        open(robot, Language.EN);
        // Issued 2 January: a Beijing permit valid 3 months runs out on 1 April, before the return on 5 April.
        issuedOn(robot, "2024-01-02");

        Label ret = label(robot, "RETURN");
        assertTrue(ret.getStyleClass().contains("chart-conflict"));
        assertTrue(isRed((Color) ret.getTextFill()), ret.getTextFill().toString());
        Circle dot = conflictDot(robot);
        assertNotNull(dot, "a red dot on the axis");
        assertTrue(isRed((Color) dot.getFill()), dot.getFill().toString());
        Tooltip tip = ret.getTooltip();
        assertNotNull(tip);
        assertTrue(tip.getText().contains("The planned return (2024-04-05) is after the permit expires (2024-04-01)"),
                tip.getText());
        assertTrue(label(robot, "EXPIRY").getText().startsWith("Expires\n2024-04-01"));
        assertFalse(label(robot, "DEPARTURE").getStyleClass().contains("chart-conflict"));
        assertFalse(isRed((Color) label(robot, "DEPARTURE").getTextFill()));
        assertTrue(chart(robot).getAccessibleText().contains("is after the permit expires"));
    }

    @Test
    void theChartSpeaksChinese(FxRobot robot) {
        open(robot, Language.ZH);
        issuedOn(robot, "2024-01-02");

        assertEquals("今天\n2024-02-09", label(robot, "TODAY").getText());
        assertEquals("出发\n2024-03-15", label(robot, "DEPARTURE").getText());
        Label ret = label(robot, "RETURN");
        assertEquals("返回\n2024-04-05", ret.getText());
        assertTrue(isRed((Color) ret.getTextFill()), ret.getTextFill().toString());
        assertTrue(ret.getTooltip().getText().contains("2024-04-01"), ret.getTooltip().getText());
        assertTrue(robot.lookup(".chart-tick-label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("3月")), "month names in Chinese");
        String spoken = chart(robot).getAccessibleText();
        assertTrue(spoken.contains("返回：2024年4月5日"), spoken);
    }

    @Test
    void theChartFollowsTheWindowsWidth(FxRobot robot) {
        open(robot, Language.EN);
        double narrow = chart(robot).getWidth();
        double returnAt = centre(label(robot, "RETURN"));
        robot.interact(() -> stage.setWidth(stage.getWidth() + 300));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart(robot).getWidth() > narrow + 200, narrow + " -> " + chart(robot).getWidth());
        assertTrue(centre(label(robot, "RETURN")) > returnAt + 100, "the marks spread out with the width");
    }
}
