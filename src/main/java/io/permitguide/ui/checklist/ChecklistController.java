package io.permitguide.ui.checklist;

import io.permitguide.model.CustomItem;
import io.permitguide.model.ItemState;
import io.permitguide.service.checklist.ChecklistBuilder;
import io.permitguide.service.checklist.ChecklistEntry;
import io.permitguide.service.checklist.ChecklistTexts;
import io.permitguide.service.i18n.Messages;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.SectionController;
import io.permitguide.ui.form.FormBinder;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The checklist of one case: a row per item with its state (a check box for what is only done or not), a note
 * when one is wanted; own items editable and removable; the print preview. The rows' controls edit the case through a
 * {@link FormBinder}, as every other form does.
 */
public final class ChecklistController implements SectionController, CaseContext.Listener {
    private static final double STATE_WIDTH = 130;

    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private VBox itemsBox;
    @FXML private CheckBox showHidden;
    @FXML private TextField ownItemField;

    private CaseContext context;
    private Messages messages;
    private List<ChecklistEntry> entries = List.of();
    /** Binds the rows on screen; made anew with them, so rows that are gone leave nothing behind. */
    private FormBinder rowForm;

    @Override
    public void show(CaseContext context) {
        this.context = context;
        this.messages = context.messages();
        showHidden.selectedProperty().addListener((obs, was, is) -> rebuild());
        ownItemField.setOnAction(e -> onAdd());
        rebuild();
    }

    /**
     * Another section's edit. Most leave the checklist as it was (a name typed in Details): then the rows stay as they
     * are, with the focus and the scroll position, and the section's next visit draws nothing new.
     */
    @Override
    public void caseChanged(Object source) {
        if (!context.analysis().checklist().equals(entries)) {
            rebuild();
        }
    }

    private void rebuild() {
        entries = context.analysis().checklist();
        itemsBox.getChildren().clear();
        rowForm = new FormBinder(messages, this::refreshAfterEdit);
        for (ChecklistEntry entry : entries) {
            if (!entry.hidden() || showHidden.isSelected()) {
                itemsBox.getChildren().add(row(entry));
            }
        }
        rowForm.fill();
        updateProgress();
    }

    private void updateProgress() {
        ChecklistBuilder.Summary summary = ChecklistBuilder.summary(entries);
        progressBar.setProgress(summary.total() == 0 ? 0 : (double) summary.ready() / summary.total());
        progressLabel.setText(messages.get("checklist.progress", summary.ready(), summary.total()));
    }

    private HBox row(ChecklistEntry entry) {
        // The name the row's controls are read out with; an own item's follows what the family types.
        StringProperty name = new SimpleStringProperty(ChecklistTexts.name(entry, messages));
        VBox text = new VBox(2);
        if (entry.custom()) {
            Label blankName = new Label();
            blankName.setId("labelError-" + entry.id());
            blankName.getStyleClass().add("field-error");
            blankName.setWrapText(true);
            text.getChildren().addAll(ownLabel(entry, name, blankName), blankName);
        } else {
            text.getChildren().add(title(entry, name.get()));
        }
        String why = ChecklistTexts.why(entry, messages);
        if (!why.isEmpty()) {
            Label reason = new Label(why);
            reason.setWrapText(true);
            reason.getStyleClass().add("timeline-note");
            text.getChildren().add(reason);
        }
        text.getChildren().add(entry.note().isEmpty() ? addNoteLink(entry, name, text) : noteField(entry, name));
        HBox.setHgrow(text, Priority.ALWAYS);

        Button action = entry.custom() ? deleteButton(entry, name) : hideButton(entry, name);
        action.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, entry.kind().doneOrNot() ? doneBox(entry, name) : stateChoice(entry, name), text, action);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add(entry.hidden() ? "checklist-row-hidden" : "checklist-row");
        return row;
    }

    private Label title(ChecklistEntry entry, String name) {
        Label title = new Label(name + (entry.copyNeeded() ? "   " + messages.get("checklist.copy") : ""));
        title.setWrapText(true);
        title.getStyleClass().add("checklist-name");
        return title;
    }

    /** The family's own words, editable in place; cleared, the item keeps its last name and the field says why. */
    private TextField ownLabel(ChecklistEntry entry, StringProperty name, Label blankName) {
        TextField label = new TextField();
        name.bind(label.textProperty());
        label.setId("label-" + entry.id());
        label.getStyleClass().add("checklist-name");
        label.setPromptText(messages.get("checklist.ownItem"));
        label.setAccessibleText(messages.get("checklist.ownItem"));
        CustomItem item = own(entry);
        rowForm.requiredText(label, blankName, messages.get("checklist.ownItem.blank"), item::getLabel, now -> item.setLabel(now.strip()));
        return label;
    }

    private ComboBox<ItemState> stateChoice(ChecklistEntry entry, ObservableStringValue name) {
        ComboBox<ItemState> state = new ComboBox<>();
        rowForm.choice(state, ItemState.values(), entry::state, now -> setState(entry, now));
        state.setId("state-" + entry.id());
        readAs(state, "checklist.state.for", name);
        state.setPrefWidth(STATE_WIDTH);
        state.setMinWidth(Region.USE_PREF_SIZE);
        return state;
    }

    /** Done or not: ticked is "have it", which counts as ready since nothing is copied. */
    private CheckBox doneBox(ChecklistEntry entry, ObservableStringValue name) {
        CheckBox done = new CheckBox(messages.get("checklist.done"));
        done.setId("done-" + entry.id());
        rowForm.check(done, entry::done, is -> setState(entry, is ? ItemState.HAVE : ItemState.TO_GET));
        readAs(done, "checklist.done.for", name);
        done.setPrefWidth(STATE_WIDTH);
        done.setMinWidth(Region.USE_PREF_SIZE);
        return done;
    }

    private TextField noteField(ChecklistEntry entry, ObservableStringValue name) {
        TextField note = new TextField();
        note.setId("note-" + entry.id());
        note.setPromptText(messages.get("checklist.note"));
        readAs(note, "checklist.note.for", name);
        rowForm.text(note, entry::note, now -> setNote(entry, now));
        return note;
    }

    /** Rows stay short until a note is wanted; the link turns into the note field, with the cursor in it. */
    private Hyperlink addNoteLink(ChecklistEntry entry, ObservableStringValue name, VBox text) {
        Hyperlink link = new Hyperlink(messages.get("checklist.addNote"));
        link.setId("addNote-" + entry.id());
        readAs(link, "checklist.addNote.for", name);
        link.getStyleClass().add("checklist-add-note");
        link.setOnAction(e -> {
            TextField note = noteField(entry, name);
            text.getChildren().set(text.getChildren().indexOf(link), note);
            note.requestFocus();
        });
        return link;
    }

    private Button hideButton(ChecklistEntry entry, ObservableStringValue name) {
        Button hide = new Button(messages.get(entry.hidden() ? "checklist.unhide" : "checklist.hide"));
        hide.setId("hide-" + entry.id());
        readAs(hide, entry.hidden() ? "checklist.unhide.for" : "checklist.hide.for", name);
        hide.setOnAction(e -> toggleHidden(entry));
        return hide;
    }

    private Button deleteButton(ChecklistEntry entry, ObservableStringValue name) {
        Button delete = new Button(messages.get("checklist.delete"));
        delete.setId("delete-" + entry.id());
        readAs(delete, "checklist.delete.for", name);
        delete.setOnAction(e -> delete(entry));
        return delete;
    }

    /** A screen reader hears what the control does and for which item. */
    private void readAs(Node control, String key, ObservableStringValue name) {
        control.accessibleTextProperty().bind(Bindings.createStringBinding(() -> messages.get(key, name.get()), name));
    }

    private void setState(ChecklistEntry entry, ItemState state) {
        if (state == null) {
            return;
        }
        if (entry.custom()) {
            own(entry).setState(state);
        } else {
            context.familyCase().getChecklist().progressOf(entry.id()).setState(state);
        }
    }

    private void setNote(ChecklistEntry entry, String note) {
        if (entry.custom()) {
            own(entry).setNote(note);
        } else {
            context.familyCase().getChecklist().progressOf(entry.id()).setNote(note);
        }
    }

    private CustomItem own(ChecklistEntry entry) {
        return context.familyCase().getChecklist().getCustomItems().stream().filter(i -> i.getId().equals(entry.id())).findFirst()
                .orElseThrow();
    }

    /** After an edit in a row: recomputes the entries without rebuilding the rows, so the focus stays put. */
    private void refreshAfterEdit() {
        context.changed(this);
        entries = context.analysis().checklist();
        updateProgress();
    }

    private void toggleHidden(ChecklistEntry entry) {
        var hidden = context.familyCase().getChecklist().getHidden();
        if (!hidden.remove(entry.id())) {
            hidden.add(entry.id());
        }
        context.changed(this);
        rebuild();
    }

    /** Removes an own item; the cursor goes to the field for a new one, so keyboard users are not lost. */
    private void delete(ChecklistEntry entry) {
        var checklist = context.familyCase().getChecklist();
        checklist.getCustomItems().removeIf(i -> i.getId().equals(entry.id()));
        checklist.getHidden().remove(entry.id());
        context.changed(this);
        rebuild();
        ownItemField.requestFocus();
    }

    @FXML
    void onAdd() {
        String label = ownItemField.getText().strip();
        if (label.isEmpty()) {
            return;
        }
        CustomItem item = new CustomItem();
        item.setLabel(label);
        context.familyCase().getChecklist().getCustomItems().add(item);
        ownItemField.clear();
        context.changed(this);
        rebuild();
    }

    @FXML
    void onPreview() {
        ChecklistPreview.open(context);
    }
}
