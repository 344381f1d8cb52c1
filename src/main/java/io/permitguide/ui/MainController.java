package io.permitguide.ui;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.AppInfo;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseChangedOnDiskException;
import io.permitguide.ui.guide.GuideController;
import io.permitguide.ui.interview.GuidedViews;
import io.permitguide.ui.interview.InterviewEvent;
import io.permitguide.ui.packet.PacketController;
import io.permitguide.ui.welcome.WelcomeEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The main window: case list on the left, the selected case's sections on the right, menus. */
public class MainController {
    /** Section views in tab order: FXML names under resources/fxml; each one's tab in Main.fxml is "guideTab" and so on. */
    static final List<String> SECTIONS = List.of("Details", "Guide", "Checklist", "Timeline", "Packet");

    @FXML private BorderPane root;
    @FXML private ListView<FamilyCase> caseList;
    @FXML private Label noSelectionLabel;
    @FXML private StackPane casePane;
    @FXML private TabPane sections;
    @FXML private Button renameButton;
    @FXML private Button deleteButton;
    @FXML private MenuItem renameItem;
    @FXML private MenuItem deleteItem;
    @FXML private MenuItem restoreItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem printChecklistItem;
    @FXML private MenuItem exportPacketItem;
    @FXML private MenuItem exportCalendarItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem chineseItem;

    private AppSession session;
    private Stage stage;
    private Messages messages;
    private CaseContext context;
    private final SectionViews sectionViews = new SectionViews();
    private final ListedAnalyses listedAnalyses = new ListedAnalyses(() -> context);
    private boolean sectionAfterFirstFrame;
    private GuidedViews guided;
    private CaseFileActions fileActions;
    /** The section tabs by section name, in tab order. */
    private final Map<String, Tab> sectionTabs = new LinkedHashMap<>();

    /**
     * Wires the view to the session and selects a case. In the window's first main view ({@code firstView}) the
     * selected case's section is built after the view's first frame: the window shows the case list sooner.
     * {@code section} is one of {@link #SECTIONS}; null for the first.
     */
    void init(AppSession session, Stage stage, String selectedCaseId, String section, boolean firstView) {
        this.sectionAfterFirstFrame = firstView;
        this.session = session;
        this.stage = stage;
        this.messages = session.messages();
        this.fileActions = new CaseFileActions(session, stage, this::selected, () -> context, caseList.getSelectionModel()::select);
        session.onSaveError((c, e) -> {
            if (e instanceof CaseChangedOnDiskException) {
                SaveConflictDialog.offer(stage, messages, session, c, caseList.getSelectionModel()::select);
            } else {
                Dialogs.error(stage, messages, messages.get("error.save", CaseNames.display(c, messages), e.getMessage()));
            }
        });

        (session.languageProperty().get() == Language.ZH ? chineseItem : englishItem).setSelected(true);
        caseList.setItems(session.cases());
        caseList.setCellFactory(list -> new CaseListCell(messages, listedAnalyses::of));
        caseList.setPlaceholder(new Label(messages.get("cases.empty")));
        var noSelection = caseList.getSelectionModel().selectedItemProperty().isNull();
        for (var disabled : List.of(renameButton.disableProperty(), deleteButton.disableProperty())) {
            disabled.bind(noSelection);
        }
        for (MenuItem item : List.of(renameItem, deleteItem, restoreItem, exportItem, printChecklistItem, exportPacketItem, exportCalendarItem)) {
            item.disableProperty().bind(noSelection);
        }
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            FamilyCase selected = caseList.getSelectionModel().getSelectedItem();
            return selected == null ? messages.get("app.title") : messages.get("app.title.withCase", CaseNames.display(selected, messages));
        }, caseList.getSelectionModel().selectedItemProperty()));

        for (String name : SECTIONS) {
            String id = name.toLowerCase(Locale.ROOT) + "Tab";
            sectionTabs.put(name, sections.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow());
        }
        guided = new GuidedViews(casePane, sections, noSelectionLabel, messages);
        root.addEventHandler(WelcomeEvent.START, e -> onNewCase());
        root.addEventHandler(WelcomeEvent.IMPORT, e -> onImport());
        root.addEventHandler(InterviewEvent.OPEN, e -> openInterview());
        root.addEventHandler(InterviewEvent.FINISHED, e -> showGuideAnswer());
        root.addEventHandler(InterviewEvent.TO_FORM, e -> showDetailsForm());
        caseList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showCase(now));
        sections.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> loadSection(sectionOf(now)));
        showSection(section == null ? SECTIONS.get(0) : section);
        // A new window opens on the case shown last, in this run or the one before.
        String shown = selectedCaseId != null ? selectedCaseId : session.lastCaseId();
        session.cases().stream().filter(c -> c.getId().equals(shown)).findFirst()
                .or(() -> session.cases().stream().findFirst())
                .ifPresentOrElse(c -> caseList.getSelectionModel().select(c), () -> showCase(null));
        Platform.runLater(() -> {
            if (!guided.focusWelcome()) {
                caseList.requestFocus();
            }
        });
        sectionAfterFirstFrame = false;
    }

    /** Things that need the window on screen: files that could not be read, files passed on the command line. */
    public void afterShown(List<Path> openedFiles) {
        DamagedFilesNotice.showUnreported(stage, messages, session.store());
        openedFiles.forEach(this::importFile);
    }

    String selectedCaseId() {
        FamilyCase selected = caseList.getSelectionModel().getSelectedItem();
        return selected == null ? null : selected.getId();
    }

    /** The name of the section on show, one of {@link #SECTIONS}. */
    public String selectedSection() {
        return sectionOf(sections.getSelectionModel().getSelectedItem());
    }

    /** Brings a section to the front by its name, one of {@link #SECTIONS}, as a click on its tab does. */
    public void showSection(String name) {
        sections.getSelectionModel().select(tab(name));
    }

    private Tab tab(String section) {
        Tab tab = sectionTabs.get(section);
        if (tab == null) {
            throw new IllegalArgumentException("No section " + section);
        }
        return tab;
    }

    private String sectionOf(Tab tab) {
        return sectionTabs.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    void dispose() {
        session.flushSaves();
        stage.titleProperty().unbind();
    }

    private void showCase(FamilyCase familyCase) {
        session.flushSaves();
        if (context != null) {
            listedAnalyses.forget(context.familyCase());
        }
        sectionViews.clear(sections);
        boolean any = familyCase != null;
        guided.caseShown(any, session.cases().isEmpty());
        sections.setVisible(any);
        if (!any) {
            context = null;
            afterFirstFrame(guided::prepare); // for a new case's interview
            return;
        }
        session.rememberCase(familyCase.getId());
        context = new CaseContext(familyCase, messages, () -> {
            session.scheduleSave(familyCase);
            refreshList();
        }, stage);
        CaseContext shown = context;
        Runnable prepareOthers = () -> afterFirstFrame(() -> {
            if (context == shown) {
                sectionViews.prepare(sectionTabs, shown);
            }
            guided.prepare();
        });
        if (sectionAfterFirstFrame) {
            afterFirstFrame(() -> {
                loadSection(selectedSection());
                prepareOthers.run();
            });
        } else {
            loadSection(selectedSection());
            prepareOthers.run();
        }
    }

    private void afterFirstFrame(Runnable action) {
        FirstFrame.afterNextFrame(root, action);
    }

    private void loadSection(String section) {
        if (context != null && section != null) {
            sectionViews.show(tab(section), section, context);
        }
    }

    private void refreshList() {
        caseList.refresh();
        FamilyCase selected = caseList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            // re-evaluate the title binding
            stage.titleProperty().unbind();
            stage.setTitle(messages.get("app.title.withCase", CaseNames.display(selected, messages)));
            stage.titleProperty().bind(Bindings.createStringBinding(() -> {
                FamilyCase s = caseList.getSelectionModel().getSelectedItem();
                return s == null ? messages.get("app.title") : messages.get("app.title.withCase", CaseNames.display(s, messages));
            }, caseList.getSelectionModel().selectedItemProperty()));
        }
    }

    private FamilyCase selected() {
        return caseList.getSelectionModel().getSelectedItem();
    }

    @FXML
    void onNewCase() {
        FamilyCase familyCase = new FamilyCase();
        if (session.saveNow(familyCase)) {
            session.cases().add(familyCase);
            caseList.getSelectionModel().select(familyCase);
            showSection("Details");
            openInterview();
        }
    }

    /** The interview for the selected case, over its sections. */
    private void openInterview() {
        if (context != null) {
            guided.openInterview(context);
        }
    }

    /** Where the interview ends: the Guide's answer. */
    private void showGuideAnswer() {
        guided.closeInterview();
        showSection("Guide");
        loadSection("Guide");
        if (sectionViews.controller("Guide") instanceof GuideController controller) {
            controller.showAnswer();
        }
    }

    /** The family leaves the interview for the whole form. */
    private void showDetailsForm() {
        guided.closeInterview();
        showSection("Details");
        sectionViews.focusFirst(tab("Details"));
    }

    @FXML
    void onRename() {
        FamilyCase familyCase = selected();
        if (familyCase == null) {
            return;
        }
        Dialogs.askText(stage, messages, messages.get("dialog.rename.title"), messages.get("dialog.rename.header"),
                messages.get("dialog.rename.label"), CaseNames.display(familyCase, messages)).ifPresent(name -> {
                    familyCase.setTitle(name);
                    context.changed(this);
                });
    }

    @FXML
    void onDelete() {
        FamilyCase familyCase = selected();
        if (familyCase == null) {
            return;
        }
        String name = CaseNames.display(familyCase, messages);
        if (Dialogs.confirm(stage, messages, messages.get("dialog.delete.title"), messages.get("dialog.delete.header", name),
                messages.get("dialog.delete.content"), messages.get("dialog.delete.confirm"))) {
            try {
                session.delete(familyCase);
            } catch (IOException e) {
                Dialogs.error(stage, messages, messages.get("error.save", name, e.getMessage()));
            }
        }
    }

    @FXML void onRestore() { fileActions.restoreEarlierVersion(); }
    @FXML void onImport() { fileActions.importCase(); }
    @FXML void onExport() { fileActions.exportCase(); }
    @FXML void onPrintChecklist() { fileActions.printChecklist(); }
    @FXML void onExportCalendar() { fileActions.exportCalendar(); }
    @FXML void onShowDataFolder() { fileActions.showDataFolder(); }
    @FXML void onQuit() { fileActions.quit(); }

    /** Imports a case file; a case already here is imported as a copy only if the user agrees. */
    public void importFile(Path file) {
        fileActions.importFile(file);
    }

    /** The Packet tab's own export, so the languages, password and message are the same from the menu. */
    @FXML
    void onExportPacket() {
        if (context != null) {
            onShowPacket();
            if (sectionViews.controller("Packet") instanceof PacketController packet) {
                packet.export();
            }
        }
    }

    @FXML
    void onEnglish() {
        session.setLanguage(Language.EN);
    }

    @FXML
    void onChinese() {
        session.setLanguage(Language.ZH);
    }

    @FXML void onShowDetails() { showSection("Details"); }
    @FXML void onShowGuide() { showSection("Guide"); }
    @FXML void onShowChecklist() { showSection("Checklist"); }
    @FXML void onShowTimeline() { showSection("Timeline"); }
    @FXML void onShowPacket() { showSection("Packet"); }

    @FXML
    void onAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(messages.get("about.header", AppInfo.version()));
        Label about = new Label(messages.get("about.content"));
        about.setWrapText(true);
        TextArea licences = new TextArea(messages.get("about.licences.text"));
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(12);
        licences.setAccessibleText(messages.get("about.licences"));
        Label licencesTitle = new Label(messages.get("about.licences"));
        licencesTitle.setLabelFor(licences);
        licencesTitle.getStyleClass().add("subsection-title");
        // The licences sit in the content itself: an expandable section would add JavaFX's untranslated "Hide Details".
        alert.getDialogPane().setContent(new javafx.scene.layout.VBox(8, about, licencesTitle, licences));
        alert.getDialogPane().setPrefWidth(560);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.show();
    }

    /** Keeps Node-free helpers out of sight; used by tests to reach the loaded section controllers. */
    Object sectionController(String name) {
        return sectionViews.controller(name);
    }

    GuidedViews guidedViews() {
        return guided;
    }

    /** What a section's tab holds, null until it is built; for tests. */
    Node sectionContent(String name) {
        return tab(name).getContent();
    }
}
