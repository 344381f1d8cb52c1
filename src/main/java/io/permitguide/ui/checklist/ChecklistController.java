package io.permitguide.ui.checklist;

import io.permitguide.model.ChecklistProgress;
import io.permitguide.model.CustomItem;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.ItemState;
import io.permitguide.service.checklist.ChecklistBuilder;
import io.permitguide.service.checklist.ChecklistEntry;
import io.permitguide.service.checklist.ChecklistTexts;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.packet.PacketLanguage;
import io.permitguide.service.timeline.ChinaDates;
import io.permitguide.service.timeline.PermitTimeline;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.SectionController;
import java.util.Arrays;
import java.util.List;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The checklist of one case: a row per paper with its state and note; own items; print and PDF. */
public final class ChecklistController implements SectionController, CaseContext.Listener {
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private VBox itemsBox;
    @FXML private CheckBox showHidden;
    @FXML private TextField ownItemField;
    @FXML private ComboBox<PacketLanguage> printLanguage;

    private CaseContext context;
    private Messages messages;
    private List<ChecklistEntry> entries = List.of();

    @Override
    public void show(CaseContext context) {
        this.context = context;
        this.messages = context.messages();
        printLanguage.getItems().setAll(PacketLanguage.values());
        printLanguage.setConverter(new StringConverter<>() {
            @Override
            public String toString(PacketLanguage language) {
                return language == null ? "" : messages.get("checklist.language." + language.name());
            }

            @Override
            public PacketLanguage fromString(String text) {
                return Arrays.stream(PacketLanguage.values()).filter(l -> toString(l).equals(text)).findFirst().orElse(null);
            }
        });
        printLanguage.setValue(PacketLanguage.BOTH);
        showHidden.selectedProperty().addListener((obs, was, is) -> rebuild());
        ownItemField.setOnAction(e -> onAdd());
        rebuild();
    }

    @Override
    public void caseChanged(Object source) {
        rebuild();
    }

    private void rebuild() {
        entries = context.analysis().checklist();
        itemsBox.getChildren().clear();
        for (ChecklistEntry entry : entries) {
            if (!entry.hidden() || showHidden.isSelected()) {
                itemsBox.getChildren().add(row(entry));
            }
        }
        updateProgress();
    }

    private void updateProgress() {
        ChecklistBuilder.Summary summary = ChecklistBuilder.summary(entries);
        progressBar.setProgress(summary.total() == 0 ? 0 : (double) summary.ready() / summary.total());
        progressLabel.setText(messages.get("checklist.progress", summary.ready(), summary.total()));
    }

    private HBox row(ChecklistEntry entry) {
        String name = ChecklistTexts.name(entry, messages);
        ComboBox<ItemState> state = new ComboBox<>();
        state.getItems().setAll(ItemState.values());
        state.setConverter(new StringConverter<>() {
            @Override
            public String toString(ItemState s) {
                return s == null ? "" : messages.of(s);
            }

            @Override
            public ItemState fromString(String text) {
                return Arrays.stream(ItemState.values()).filter(s -> messages.of(s).equals(text)).findFirst().orElse(null);
            }
        });
        state.setValue(entry.state());
        state.setId("state-" + entry.id());
        state.setAccessibleText(messages.get("checklist.state") + ": " + name);
        state.setPrefWidth(130);
        state.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        state.valueProperty().addListener((obs, old, now) -> setState(entry, now));

        Label title = new Label(name + (entry.copyNeeded() ? "   " + messages.get("checklist.copy") : ""));
        title.setWrapText(true);
        title.getStyleClass().add("checklist-name");
        VBox text = new VBox(2, title);
        String why = ChecklistTexts.why(entry, messages);
        if (!why.isEmpty()) {
            Label reason = new Label(why);
            reason.setWrapText(true);
            reason.getStyleClass().add("timeline-note");
            text.getChildren().add(reason);
        }
        TextField note = new TextField(entry.note());
        note.setId("note-" + entry.id());
        note.setPromptText(messages.get("checklist.note"));
        note.setAccessibleText(messages.get("checklist.note") + ": " + name);
        note.textProperty().addListener((obs, old, now) -> setNote(entry, now));
        text.getChildren().add(note);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button hide = new Button(messages.get(entry.hidden() ? "checklist.unhide" : "checklist.hide"));
        hide.setId("hide-" + entry.id());
        hide.setAccessibleText(hide.getText() + ": " + name);
        hide.setOnAction(e -> toggleHidden(entry));
        hide.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(12, state, text, hide);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add(entry.hidden() ? "checklist-row-hidden" : "checklist-row");
        return row;
    }

    private void setState(ChecklistEntry entry, ItemState state) {
        if (state == null) {
            return;
        }
        ChecklistProgress progress = context.familyCase().getChecklist();
        if (entry.custom()) {
            own(entry).setState(state);
        } else {
            progress.progressOf(entry.id()).setState(state);
        }
        refreshAfterEdit();
    }

    private void setNote(ChecklistEntry entry, String note) {
        if (entry.custom()) {
            own(entry).setNote(note);
        } else {
            context.familyCase().getChecklist().progressOf(entry.id()).setNote(note);
        }
        context.changed(this);
    }

    private CustomItem own(ChecklistEntry entry) {
        return context.familyCase().getChecklist().getCustomItems().stream().filter(i -> i.getId().equals(entry.id())).findFirst()
                .orElseThrow();
    }

    /** Recomputes the entries (their states changed) without rebuilding the rows, so the focus stays put. */
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
    void onPrint() {
        ChecklistOutput.print(context, printLanguage.getValue());
    }

    @FXML
    void onSavePdf() {
        ChecklistOutput.savePdf(context, printLanguage.getValue());
    }
}
