package io.permitguide.ui;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.Backup;
import io.permitguide.service.storage.CaseFileCodec;
import io.permitguide.service.storage.CaseFileException;
import io.permitguide.service.storage.CaseFileProblem;
import io.permitguide.service.timeline.ChinaDates;
import io.permitguide.ui.checklist.ChecklistPreview;
import io.permitguide.ui.timeline.TimelineController;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The main window's file and dialog flows: import and export of case files, restoring an earlier version, printing
 * the checklist, the calendar export, the data folder and quitting. The window's menus call these.
 */
final class CaseFileActions {
    private final AppSession session;
    private final Stage stage;
    private final Messages messages;
    private final Supplier<FamilyCase> selected;
    private final Supplier<CaseContext> context;
    private final Consumer<FamilyCase> select;

    /**
     * @param selected the case selected in the list, or null
     * @param context  the selected case's context, or null
     * @param select   selects a case in the list (an imported or restored one)
     */
    CaseFileActions(AppSession session, Stage stage, Supplier<FamilyCase> selected, Supplier<CaseContext> context,
            Consumer<FamilyCase> select) {
        this.session = session;
        this.stage = stage;
        this.messages = session.messages();
        this.selected = selected;
        this.context = context;
        this.select = select;
    }

    /** Asks for a case file and imports it. */
    void importCase() {
        FileChooser chooser = caseFileChooser(messages.get("dialog.import.title"));
        File file = FileDialogs.showOpen(chooser, stage);
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /** Imports a case file; a case already here is imported as a copy only if the user agrees. */
    void importFile(Path file) {
        Optional<FamilyCase> read = readForImport(file);
        if (read.isEmpty()) {
            return;
        }
        FamilyCase imported = read.get();
        boolean exists = session.cases().stream().anyMatch(c -> c.getId().equals(imported.getId()));
        if (exists) {
            String name = CaseNames.display(imported, messages);
            if (!Dialogs.confirm(stage, messages, messages.get("dialog.import.replaceTitle"), null,
                    messages.get("dialog.import.replace", name), messages.get("dialog.ok"))) {
                return;
            }
            imported.setId(UUID.randomUUID().toString());
        }
        session.store().giveUnusedIdForImport(imported); // "a/b" and "a_b" would share a file
        if (session.saveNow(imported)) {
            session.cases().add(imported);
            select.accept(imported);
        }
    }

    private Optional<FamilyCase> readForImport(Path file) {
        try {
            return Optional.of(CaseFileCodec.read(file));
        } catch (CaseFileException e) {
            if (e.problem() == CaseFileProblem.PROTECTED) {
                return readProtected(file);
            }
            Dialogs.error(stage, messages, messages.get("error.import", file.getFileName(), e.reason(messages)));
            return Optional.empty();
        }
    }

    /** Asks for the password until it opens the file or the user gives up. */
    private Optional<FamilyCase> readProtected(Path file) {
        String problem = null;
        while (true) {
            Optional<char[]> password = PasswordDialog.forImport(stage, messages, file.getFileName().toString(), problem);
            if (password.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(CaseFileCodec.read(file, password.get()));
            } catch (CaseFileException e) {
                if (e.problem() != CaseFileProblem.WRONG_PASSWORD) {
                    Dialogs.error(stage, messages, messages.get("error.import", file.getFileName(), e.reason(messages)));
                    return Optional.empty();
                }
                problem = messages.get(e.problem().messageKey());
            } finally {
                Arrays.fill(password.get(), '\0');
            }
        }
    }

    /** Writes the selected case to a file the user chooses, with a password if one is given. */
    void exportCase() {
        FamilyCase familyCase = selected.get();
        if (familyCase == null) {
            return;
        }
        session.flushSaves();
        FileChooser chooser = caseFileChooser(messages.get("dialog.export.title"));
        chooser.setInitialFileName(fileNameFor(familyCase) + ".json");
        File file = FileDialogs.showSave(chooser, stage);
        if (file == null) {
            return;
        }
        Optional<char[]> password = PasswordDialog.forExport(stage, messages);
        if (password.isEmpty()) {
            return;
        }
        try {
            if (password.get().length == 0) {
                CaseFileCodec.write(familyCase, file.toPath());
            } else {
                CaseFileCodec.writeProtected(familyCase, file.toPath(), password.get());
            }
        } catch (IOException e) {
            Dialogs.error(stage, messages, messages.get("error.export", file, e.getMessage()));
        } finally {
            Arrays.fill(password.get(), '\0');
        }
    }

    private FileChooser caseFileChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dialog.caseFileFilter"), "*.json", "*.pgcase"));
        return chooser;
    }

    /** A file name made from the case's name, without characters that file systems refuse. */
    private String fileNameFor(FamilyCase familyCase) {
        return CaseNames.display(familyCase, messages).replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    /** Offers the selected case's earlier saved versions and puts the chosen one in its place. */
    void restoreEarlierVersion() {
        FamilyCase familyCase = selected.get();
        if (familyCase == null) {
            return;
        }
        session.flushSaves();
        List<Backup> backups;
        try {
            backups = session.store().backups(familyCase);
        } catch (IOException e) {
            Dialogs.error(stage, messages, messages.get("error.restore", e.getMessage()));
            return;
        }
        String name = CaseNames.display(familyCase, messages);
        if (backups.isEmpty()) {
            Dialogs.info(stage, messages, messages.get("dialog.restore.title"), null, messages.get("dialog.restore.none", name));
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.language().locale());
        Dialogs.choose(stage, messages, messages.get("dialog.restore.title"), messages.get("dialog.restore.header", name),
                messages.get("dialog.restore.label"), backups, b -> when.format(b.savedAt().atZone(ZoneId.systemDefault())))
                .ifPresent(backup -> restore(familyCase, backup));
    }

    private void restore(FamilyCase current, Backup backup) {
        try {
            FamilyCase restored = session.store().restore(current, backup);
            int index = session.cases().indexOf(current);
            session.cases().set(index, restored);
            select.accept(restored);
        } catch (IOException | CaseFileException e) {
            Dialogs.error(stage, messages, messages.get("error.restore", e.getMessage()));
        }
    }

    void printChecklist() {
        CaseContext shown = context.get();
        if (shown != null) {
            ChecklistPreview.open(shown);
        }
    }

    void exportCalendar() {
        CaseContext shown = context.get();
        if (shown != null) {
            TimelineController.exportCalendar(shown, ChinaDates.systemClock());
        }
    }

    void showDataFolder() {
        Dialogs.info(stage, messages, messages.get("menu.file.openDataFolder").replace("_", ""), null,
                session.dataFolder().toAbsolutePath().toString());
    }

    /** Closes the window, once unsaved changes are saved or the user lets them go. */
    void quit() {
        if (UnsavedOnClose.mayClose(stage, session)) {
            stage.close();
        }
    }
}
