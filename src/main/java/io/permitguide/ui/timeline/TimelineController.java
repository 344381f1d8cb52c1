package io.permitguide.ui.timeline;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.ReminderSettings;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.CalendarEntries;
import io.permitguide.service.timeline.CalendarEntry;
import io.permitguide.service.timeline.CalendarExport;
import io.permitguide.service.timeline.ChinaDates;
import io.permitguide.service.timeline.Conflict;
import io.permitguide.service.timeline.PermitTimeline;
import io.permitguide.service.timeline.Reminder;
import io.permitguide.service.timeline.ReminderPlanner;
import io.permitguide.service.timeline.TimelineChart;
import io.permitguide.service.timeline.TimelineTexts;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.CaseNames;
import io.permitguide.ui.Dialogs;
import io.permitguide.ui.FileDialogs;
import io.permitguide.ui.SectionController;
import io.permitguide.ui.form.FormBinder;
import java.io.File;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Timeline section: the dates the family records (application, collection, issue, expiry, exit, entry),
 * what follows from them (collection date, last day to apply, status and countdown, conflicts with advice)
 * and the reminders. Trip dates are edited in Details and shown here.
 */
public class TimelineController implements SectionController, CaseContext.Listener {
    @FXML private Label statusLabel;
    @FXML private Label fallbackCityLabel;
    @FXML private Label departureLabel;
    @FXML private Label returnLabel;
    @FXML private Label lastDayToApplyLabel;
    @FXML private DatePicker appliedOn;
    @FXML private Label expectedCollectionLabel;
    @FXML private DatePicker collectedOn;
    @FXML private DatePicker issueDate;
    @FXML private DatePicker expiryDate;
    @FXML private Label expiryLabel;
    @FXML private CheckBox multipleEntry;
    @FXML private DatePicker exitDate;
    @FXML private DatePicker entryDate;
    @FXML private Label appliedOnError;
    @FXML private Label collectedOnError;
    @FXML private Label issueDateError;
    @FXML private Label expiryDateError;
    @FXML private Label exitDateError;
    @FXML private Label entryDateError;
    @FXML private VBox conflictsBox;
    @FXML private ListView<Reminder> remindersList;
    @FXML private javafx.scene.control.Button dismissReminderButton;
    @FXML private TextField daysBeforeExpiry;
    @FXML private Label timelineDocumentLabel;
    @FXML private Label lastDayToApplyTitle;
    @FXML private Label marginTitle;
    @FXML private Spinner<Integer> marginDays;
    @FXML private Label marginNote;
    @FXML private Label expectedCollectionTitle;
    @FXML private Label daysBeforeExpiryError;
    @FXML private CheckBox expiryEnabled;
    @FXML private CheckBox lastDayEnabled;
    @FXML private CheckBox collectionEnabled;
    @FXML private CheckBox returnEnabled;
    @FXML private TimelineChartView timelineChart;

    private CaseContext context;
    private Messages messages;
    private Clock clock = ChinaDates.systemClock();
    /** The dates and check boxes, bound the one way forms are: a date typed wrong stays with a message under it. */
    private FormBinder form;
    private boolean loading;

    @FXML
    private void initialize() {
        daysBeforeExpiry.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitDaysBefore();
            }
        });
        daysBeforeExpiry.setOnAction(e -> commitDaysBefore());
        remindersList.setCellFactory(list -> new ReminderCell());
        remindersList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> updateDismissButton());
        remindersList.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE && remindersList.getSelectionModel().getSelectedItem() != null) {
                onDismissReminder();
                e.consume();
            }
        });
    }

    /** A reminder row: its day (marked when past or dismissed) and its text. */
    private final class ReminderCell extends javafx.scene.control.ListCell<Reminder> {
        @Override
        protected void updateItem(Reminder reminder, boolean empty) {
            super.updateItem(reminder, empty);
            if (empty || reminder == null) {
                setText(null);
                setAccessibleText(null);
                getStyleClass().remove("reminder-dismissed");
                return;
            }
            String date = reminder.date().isBefore(today())
                    ? messages.get("timeline.reminders.past", reminder.date().toString())
                    : reminder.date().toString();
            String text = messages.get("timeline.reminder.row", date, reminder.title(messages));
            if (isDismissed(reminder)) {
                text = messages.get("timeline.reminders.dismissed", text);
                if (!getStyleClass().contains("reminder-dismissed")) {
                    getStyleClass().add("reminder-dismissed");
                }
            } else {
                getStyleClass().remove("reminder-dismissed");
            }
            setText(text);
            setAccessibleText(text);
        }
    }

    private LocalDate today() {
        return ChinaDates.today(clock);
    }

    private boolean isDismissed(Reminder reminder) {
        return context.familyCase().getReminders().getDismissed().contains(reminder.key());
    }

    private void updateDismissButton() {
        Reminder selected = remindersList.getSelectionModel().getSelectedItem();
        dismissReminderButton.setDisable(selected == null);
        String key = selected != null && isDismissed(selected) ? "timeline.reminders.restore" : "timeline.reminders.dismiss";
        dismissReminderButton.setText(messages.get(key));
        dismissReminderButton.setAccessibleText(messages.get(key));
    }

    /** Hides the selected reminder from notifications and {@code remind}, or brings it back. */
    @FXML
    void onDismissReminder() {
        Reminder selected = remindersList.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        java.util.Set<String> dismissed = context.familyCase().getReminders().getDismissed();
        if (!dismissed.remove(selected.key())) {
            dismissed.add(selected.key());
        }
        edited();
    }

    /** The clock "today" is read from; tests fix it. */
    public void setClock(Clock clock) {
        this.clock = clock;
        if (context != null) {
            refresh();
        }
    }

    @Override
    public void show(CaseContext caseContext) {
        this.context = caseContext;
        this.messages = caseContext.messages();
        FamilyCase c = caseContext.familyCase();
        form = new FormBinder(messages, this::edited);
        form.date(appliedOn, appliedOnError, () -> c.getApplication().getAppliedOn(), v -> c.getApplication().setAppliedOn(v));
        form.date(collectedOn, collectedOnError, () -> c.getApplication().getCollectedOn(), v -> c.getApplication().setCollectedOn(v));
        form.date(issueDate, issueDateError, () -> c.getPermit().getIssueDate(), v -> c.getPermit().setIssueDate(v));
        form.date(expiryDate, expiryDateError, () -> c.getPermit().getExpiryDate(), v -> c.getPermit().setExpiryDate(v));
        form.date(exitDate, exitDateError, () -> c.getPermit().getExitDate(), v -> c.getPermit().setExitDate(v));
        form.date(entryDate, entryDateError, () -> c.getPermit().getEntryDate(), v -> c.getPermit().setEntryDate(v));
        ReminderSettings settings = c.getReminders();
        form.check(multipleEntry, () -> c.getPermit().isMultipleEntry(), v -> c.getPermit().setMultipleEntry(v));
        form.check(expiryEnabled, settings::isExpiryEnabled, settings::setExpiryEnabled);
        form.check(lastDayEnabled, settings::isLastDayToApplyEnabled, settings::setLastDayToApplyEnabled);
        form.check(collectionEnabled, settings::isCollectionEnabled, settings::setCollectionEnabled);
        form.check(returnEnabled, settings::isLatestReturnEnabled, settings::setLatestReturnEnabled);
        form.fill();
        daysBeforeExpiry.setText(formatDays(settings.getDaysBeforeExpiry()));
        bindMargin(c);
        refresh();
    }

    /** The margin in working days: a spinner within the accepted range; typing a number and Enter also sets it. */
    private void bindMargin(FamilyCase c) {
        loading = true;
        marginDays.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, PermitTimeline.MAX_MARGIN_WORKING_DAYS,
                PermitTimeline.margin(c.getApplication())));
        loading = false;
        marginDays.valueProperty().addListener((obs, old, now) -> {
            if (!loading && now != null) {
                c.getApplication().setMarginWorkingDays(now);
                edited();
            }
        });
    }

    /** Another section changed the case (trip dates, city): re-read it. */
    @Override
    public void caseChanged(Object source) {
        if (context != null) {
            FamilyCase c = context.familyCase();
            form.fill();
            loading = true;
            try {
                marginDays.getValueFactory().setValue(PermitTimeline.margin(c.getApplication()));
            } finally {
                loading = false;
            }
            refresh();
        }
    }

    private void commitDaysBefore() {
        List<Integer> days = parseDays(daysBeforeExpiry.getText());
        boolean valid = days != null;
        daysBeforeExpiryError.setVisible(!valid);
        daysBeforeExpiryError.setManaged(!valid);
        if (valid && !days.equals(context.familyCase().getReminders().getDaysBeforeExpiry())) {
            context.familyCase().getReminders().setDaysBeforeExpiry(days);
            edited();
        }
    }

    /** "30, 14, 7, 1" to [30, 14, 7, 1]; null if anything is not a whole number of days. */
    static List<Integer> parseDays(String text) {
        List<Integer> days = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return days;
        }
        for (String part : text.split("[,，;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                int value = Integer.parseInt(part.trim());
                if (value < 0 || value > 366) {
                    return null;
                }
                if (!days.contains(value)) {
                    days.add(value);
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        days.sort((a, b) -> b - a);
        return days;
    }

    private static String formatDays(List<Integer> days) {
        return String.join(", ", days.stream().map(String::valueOf).toList());
    }

    private void edited() {
        context.changed(this);
        refresh();
    }

    private void refresh() {
        FamilyCase c = context.familyCase();
        PermitTimeline t = context.analysis(ChinaDates.today(clock)).timeline();
        timelineDocumentLabel.setText(messages.get("timeline.document", messages.of(t.document())));
        timelineDocumentLabel.setAccessibleText(timelineDocumentLabel.getText());
        boolean bureau = t.document() == DocumentCode.ENTRY_EXIT_PERMIT;
        for (Node permitOnly : List.of(lastDayToApplyTitle, lastDayToApplyLabel, marginTitle, marginDays, marginNote,
                expectedCollectionTitle, expectedCollectionLabel)) {
            permitOnly.setVisible(bureau);
            permitOnly.setManaged(bureau);
        }
        statusLabel.setText(TimelineTexts.status(t.status(), messages));
        statusLabel.getStyleClass().removeIf(s -> s.startsWith("status-"));
        statusLabel.getStyleClass().add("status-" + TimelineTexts.urgency(t.status()).name().toLowerCase(Locale.ROOT));
        statusLabel.setAccessibleText(messages.get("timeline.status") + ": " + statusLabel.getText());
        fallbackCityLabel.setVisible(t.cityFallback());
        fallbackCityLabel.setManaged(t.cityFallback());
        departureLabel.setText(TimelineTexts.date(t.plannedDeparture(), false, false, messages));
        returnLabel.setText(TimelineTexts.date(t.plannedReturn(), false, false, messages));
        lastDayToApplyLabel.setText(TimelineTexts.date(t.lastDayToApply(), t.lastDayToApplyEstimate(), false, messages));
        expectedCollectionLabel.setText(TimelineTexts.date(t.expectedCollection(), t.collectionEstimate(), false, messages));
        expiryLabel.setText(TimelineTexts.date(t.expiry(), false, t.expiryProposed(), messages));
        for (Label label : List.of(departureLabel, returnLabel, lastDayToApplyLabel, expectedCollectionLabel, expiryLabel)) {
            label.setAccessibleText(label.getText());
        }
        timelineChart.show(TimelineChart.of(t), messages);
        showConflicts(t);
        showReminders(c, t);
    }

    private void showConflicts(PermitTimeline t) {
        conflictsBox.getChildren().clear();
        if (!t.hasConflicts()) {
            Label none = new Label(messages.get("timeline.conflicts.none"));
            none.getStyleClass().add("timeline-no-conflict");
            conflictsBox.getChildren().add(none);
            return;
        }
        for (Conflict conflict : t.conflicts()) {
            Label what = new Label(TimelineTexts.conflict(conflict, messages));
            what.getStyleClass().addAll("timeline-conflict", "status-urgent");
            what.setWrapText(true);
            Label advice = new Label(TimelineTexts.advice(conflict, messages));
            advice.getStyleClass().add("timeline-advice");
            advice.setWrapText(true);
            VBox box = new VBox(2, what, advice);
            box.setId("conflict-" + conflict.code().name());
            box.setFocusTraversable(true);
            box.setAccessibleText(what.getText() + " " + advice.getText());
            conflictsBox.getChildren().add(box);
        }
    }

    private void showReminders(FamilyCase c, PermitTimeline t) {
        Reminder selected = remindersList.getSelectionModel().getSelectedItem();
        remindersList.setPlaceholder(new Label(messages.get("timeline.reminders.none")));
        remindersList.getItems().setAll(ReminderPlanner.plan(c, t, ""));
        if (selected != null && remindersList.getItems().contains(selected)) {
            remindersList.getSelectionModel().select(selected);
        }
        remindersList.refresh();
        updateDismissButton();
    }

    /** Asks where to save and writes the case's reminders as an .ics file (also used by File > Export to calendar). */
    @FXML
    public void onExportCalendar() {
        exportCalendar(context, clock);
    }

    /** Asks where to save and writes the case's dates and reminders as an .ics file; File > Export to calendar too. */
    public static void exportCalendar(CaseContext context, Clock clock) {
        Messages messages = context.messages();
        FamilyCase c = context.familyCase();
        LocalDate today = ChinaDates.today(clock);
        List<CalendarEntry> entries = context.analysis(today).calendarEntries(CaseNames.display(c, messages));
        if (CalendarEntries.allPast(entries, today)) {
            Dialogs.info(context.owner(), messages, messages.get("timeline.exportCalendar.title"), null,
                    messages.get("cli.calendar.nothing"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("timeline.exportCalendar.title"));
        chooser.setInitialFileName(messages.get("timeline.exportCalendar.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("timeline.exportCalendar.filter"), "*.ics"));
        File file = FileDialogs.showSave(chooser, context.owner());
        if (file == null) {
            return;
        }
        io.permitguide.ui.BackgroundWork.run(context.owner(), messages.get("work.writing", file.getName()),
                () -> CalendarExport.write(entries, file.toPath(), clock.instant()),
                events -> Dialogs.info(context.owner(), messages, messages.get("timeline.exportCalendar.title"), null,
                        messages.get("cli.calendar.written", events, file)),
                e -> Dialogs.error(context.owner(), messages, messages.get("error.export", file, e.getMessage())));
    }
}
