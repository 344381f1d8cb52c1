package io.permitguide.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.Views;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    /** 2024-02-09 in China (still Feb 8 in Los Angeles). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-09T02:00:00Z"), ZoneId.of("America/Los_Angeles"));

    private final FamilyCase familyCase = GuidanceCases.usual();
    private final AtomicInteger saves = new AtomicInteger();

    @Start
    void start(Stage stage) {
        familyCase.getResidence().setCity("beijing");
        familyCase.getTrip().setDepartureDate(LocalDate.parse("2024-03-01"));
        familyCase.getTrip().setReturnDate(LocalDate.parse("2024-03-20"));
        Messages messages = Messages.of(Language.EN);
        Views.Loaded<TimelineController> loaded = Views.load("Timeline", messages);
        loaded.controller().setClock(CLOCK);
        loaded.controller().show(new CaseContext(familyCase, messages, saves::incrementAndGet, stage));
        stage.setScene(new Scene(loaded.root(), 900, 700));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void typeDate(FxRobot robot, String id, String date) {
        DatePicker picker = robot.lookup(id).queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor()).write(date).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void enteringTheApplicationDateShowsTheCollectionDate(FxRobot robot) {
        assertEquals("—", text(robot, "#expectedCollectionLabel"));
        assertTrue(text(robot, "#statusLabel").startsWith("Not applied yet"), text(robot, "#statusLabel"));

        // Thu Feb 8 2024 + 7 working days across the Spring Festival (make-up Sunday Feb 18 counts) = Fri Feb 23.
        typeDate(robot, "#appliedOn", "2024-02-08");

        assertEquals("2024-02-23", text(robot, "#expectedCollectionLabel"));
        assertEquals(LocalDate.parse("2024-02-08"), familyCase.getApplication().getAppliedOn());
        assertTrue(saves.get() > 0, "the edit is saved");
        assertEquals("Processing: expected ready on 2024-02-23 (in 14 days)", text(robot, "#statusLabel"));
        assertTrue(robot.lookup(".status-soon").tryQuery().isPresent());
    }

    @Test
    void recordingAnExitChangesTheStatus(FxRobot robot) {
        typeDate(robot, "#issueDate", "2024-01-20");
        typeDate(robot, "#expiryDate", "2024-04-19");
        assertEquals("Valid: 70 days left (expires 2024-04-19)", text(robot, "#statusLabel"));

        typeDate(robot, "#exitDate", "2024-02-08");

        assertEquals("Used for exit: re-enter by 2024-04-19 (70 days left)", text(robot, "#statusLabel"));
        assertEquals(LocalDate.parse("2024-02-08"), familyCase.getPermit().getExitDate());
    }

    @Test
    void proposesTheExpiryAndFlagsAReturnAfterIt(FxRobot robot) {
        typeDate(robot, "#issueDate", "2023-12-10");
        assertTrue(text(robot, "#expiryLabel").startsWith("2024-03-09"), text(robot, "#expiryLabel"));
        Node conflict = robot.lookup("#conflict-RETURN_AFTER_EXPIRY").query();
        assertNotNull(conflict.getAccessibleText());
        assertTrue(conflict.getAccessibleText().contains("Travel Document"));
    }

    @Test
    void aDateThatIsNotADateStaysAsTypedWithAMessageUntilAGoodOneIsTyped(FxRobot robot) {
        LocalDate before = familyCase.getPermit().getIssueDate();
        DatePicker picker = robot.lookup("#issueDate").queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor()).write("2024-13-40");
        robot.clickOn(robot.lookup("#expiryDate").queryAs(DatePicker.class).getEditor()); // leaves the field
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("2024-13-40", picker.getEditor().getText(), "the text is kept as typed");
        Label error = robot.lookup("#issueDateError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals(Messages.of(Language.EN).get("validation.dateFormat"), error.getText());
        assertEquals(before, familyCase.getPermit().getIssueDate(), "nothing is guessed from it");

        robot.interact(() -> picker.getEditor().clear());
        robot.clickOn(picker.getEditor()).write("2024-01-20");
        robot.clickOn(robot.lookup("#expiryDate").queryAs(DatePicker.class).getEditor());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(error.isVisible(), "a good date clears the message");
        assertEquals(LocalDate.parse("2024-01-20"), familyCase.getPermit().getIssueDate());
        assertTrue(saves.get() > 0, "and is saved");
    }

    @Test
    void everyControlHasAnIdAndAccessibleText(FxRobot robot) {
        for (String id : new String[] {"#appliedOn", "#collectedOn", "#issueDate", "#expiryDate", "#exitDate", "#entryDate",
            "#multipleEntry", "#daysBeforeExpiry", "#expiryEnabled", "#lastDayEnabled", "#collectionEnabled", "#returnEnabled",
            "#remindersList", "#exportCalendarButton", "#dismissReminderButton"}) {
            Node node = robot.lookup(id).query();
            assertTrue(node.getAccessibleText() != null && !node.getAccessibleText().isBlank(), id);
        }
    }

    @Test
    void reminderSettingsAreEditable(FxRobot robot) {
        typeDate(robot, "#issueDate", "2024-01-20");
        typeDate(robot, "#expiryDate", "2024-04-19");
        // The field can sit below the window's edge once conflicts are listed: reach it as a keyboard user would.
        javafx.scene.control.TextField days = robot.lookup("#daysBeforeExpiry").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            days.requestFocus();
            days.selectAll();
        });
        robot.write("10, 3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of(10, 3), familyCase.getReminders().getDaysBeforeExpiry());
        javafx.scene.control.ListView<?> list = robot.lookup("#remindersList").queryAs(javafx.scene.control.ListView.class);
        assertTrue(list.getItems().stream().anyMatch(i -> i.toString().contains("2024-04-09")), list.getItems().toString());
    }

    @Test
    void dismissingAReminderKeepsItOutOfNotifications(FxRobot robot) {
        typeDate(robot, "#issueDate", "2024-01-20");
        typeDate(robot, "#expiryDate", "2024-04-19");
        javafx.scene.control.ListView<?> list = robot.lookup("#remindersList").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        // The button can sit below the window's edge once conflicts are listed: use it as a keyboard user would.
        javafx.scene.control.Button dismiss = robot.lookup("#dismissReminderButton").queryAs(javafx.scene.control.Button.class);
        robot.interact(dismiss::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, familyCase.getReminders().getDismissed().size());
        String dismissedKey = familyCase.getReminders().getDismissed().iterator().next();
        assertEquals(((io.permitguide.service.timeline.Reminder) list.getItems().get(0)).key(), dismissedKey);
        assertEquals("Restore reminder", robot.lookup("#dismissReminderButton").queryAs(javafx.scene.control.Button.class).getText());
    }
}
