package io.permitguide.ui;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseFileException;
import io.permitguide.service.storage.CaseStore;
import io.permitguide.service.storage.LoadResult;
import io.permitguide.service.storage.SetAsideFile;
import io.permitguide.service.storage.SettingsStore;
import io.permitguide.service.storage.StartupCases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.slf4j.LoggerFactory;

/**
 * The running app's state that outlives a reload of the views: the data folder, the cases, the language,
 * and the saving of edits (batched briefly so typing does not write a file per key stroke).
 */
public final class AppSession {
    private static final Duration SAVE_DELAY = Duration.millis(400);

    private final Path dataFolder;
    private final CaseStore store;
    private final SettingsStore settings;
    private final ObservableList<FamilyCase> cases = FXCollections.observableArrayList();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final Set<FamilyCase> unsaved = new LinkedHashSet<>();
    private final PauseTransition saveTimer = new PauseTransition(SAVE_DELAY);
    private List<SetAsideFile> setAside = List.of();
    /** The case last written to the settings, so selecting it again writes nothing. */
    private String lastCaseId;
    private BiConsumer<FamilyCase, IOException> saveErrorHandler = (c, e) -> LoggerFactory.getLogger(AppSession.class).error("Save failed", e);

    public AppSession(Path dataFolder) {
        this.dataFolder = dataFolder;
        this.store = new CaseStore(dataFolder);
        this.settings = new SettingsStore(dataFolder);
        this.language.set(settings.effectiveLanguage());
        followInFormats(language.get());
        FileDialogs.rememberIn(settings);
        saveTimer.setOnFinished(e -> flushSaves());
    }

    /** Reads all cases; unreadable files are set aside and reported by {@link #setAside()}. */
    public void load() throws IOException {
        LoadResult result = StartupCases.take(dataFolder, store);
        cases.setAll(result.cases());
        setAside = result.setAside();
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public CaseStore store() {
        return store;
    }

    public ObservableList<FamilyCase> cases() {
        return cases;
    }

    public List<SetAsideFile> setAside() {
        return setAside;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Messages messages() {
        return Messages.of(language.get());
    }

    public void setLanguage(Language newLanguage) {
        if (newLanguage == language.get()) {
            return;
        }
        try {
            settings.save(settings.load().withLanguage(newLanguage));
        } catch (IOException e) {
            LoggerFactory.getLogger(AppSession.class).warn("Could not remember the language: {}", e.getMessage());
        }
        followInFormats(newLanguage);
        language.set(newLanguage);
    }

    /** JavaFX's own controls (the date picker's month and day names) format in the default locale. */
    private static void followInFormats(Language language) {
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, language.locale());
    }

    /** The case the window showed last, to open on it again; null when none was recorded. */
    public String lastCaseId() {
        return settings.load().lastCaseId();
    }

    /** Remembers the case the window shows, for the next start. */
    public void rememberCase(String caseId) {
        if (caseId == null || caseId.equals(lastCaseId)) {
            return;
        }
        lastCaseId = caseId;
        try {
            settings.save(settings.load().withLastCaseId(caseId));
        } catch (IOException e) {
            LoggerFactory.getLogger(AppSession.class).warn("Could not remember the last case: {}", e.getMessage());
        }
    }

    public void onSaveError(BiConsumer<FamilyCase, IOException> handler) {
        this.saveErrorHandler = handler;
    }

    /** Saves the case shortly; several edits in a row become one write. */
    public void scheduleSave(FamilyCase familyCase) {
        unsaved.add(familyCase);
        saveTimer.playFromStart();
    }

    /** Writes every case with pending edits now (also called on selection change and on exit). */
    public void flushSaves() {
        saveTimer.stop();
        for (FamilyCase familyCase : List.copyOf(unsaved)) {
            saveNow(familyCase);
        }
    }

    /**
     * Saves every pending edit without reporting; what could not be saved stays pending and is returned with why,
     * so closing the window can ask before the edits are lost.
     */
    public Map<FamilyCase, IOException> saveAllBeforeClosing() {
        saveTimer.stop();
        Map<FamilyCase, IOException> failed = new LinkedHashMap<>();
        for (FamilyCase familyCase : List.copyOf(unsaved)) {
            try {
                store.save(familyCase);
                unsaved.remove(familyCase);
            } catch (IOException e) {
                failed.put(familyCase, e);
            }
        }
        return failed;
    }

    public boolean saveNow(FamilyCase familyCase) {
        try {
            store.save(familyCase);
            unsaved.remove(familyCase);
            return true;
        } catch (IOException e) {
            saveErrorHandler.accept(familyCase, e);
            return false;
        }
    }

    /** After a save refused for a change on disk: the version on disk replaces the edited case, whose edits are dropped. */
    public FamilyCase reloadFromDisk(FamilyCase edited) throws CaseFileException {
        FamilyCase onDisk = store.reload(edited);
        unsaved.remove(edited);
        int index = cases.indexOf(edited);
        if (index >= 0) {
            cases.set(index, onDisk);
        } else {
            cases.add(onDisk);
        }
        return onDisk;
    }

    /**
     * After a save refused for a change on disk: the edited case is saved as a new case named {@code copyTitle}, and
     * the version on disk is listed again beside it (unless it can no longer be read: it is then set aside at the next start).
     */
    public void keepBoth(FamilyCase edited, String copyTitle) throws IOException {
        FamilyCase onDisk;
        try {
            onDisk = store.reload(edited);
        } catch (CaseFileException e) {
            onDisk = null;
        }
        edited.setTitle(copyTitle);
        store.saveAsCopy(edited);
        unsaved.remove(edited);
        if (onDisk != null) {
            cases.add(Math.max(0, cases.indexOf(edited)), onDisk);
        }
    }

    public void delete(FamilyCase familyCase) throws IOException {
        unsaved.remove(familyCase);
        store.delete(familyCase);
        cases.remove(familyCase);
    }
}
