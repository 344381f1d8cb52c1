package io.permitguide.service.storage;

import io.permitguide.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/** Application preferences (settings.json in the data folder). A bad file falls back to defaults. */
public class SettingsStore {
    /**
     * Preferences kept between runs; {@code language} null means "follow the system", {@code lastFolder} is the folder
     * of the last file chosen in a file dialog, {@code lastCaseId} the case the window showed last (each null before
     * the first).
     */
    public record Settings(Language language, String lastFolder, String lastCaseId) {
        static final Settings NONE = new Settings(null, null, null);

        public Settings withLanguage(Language other) {
            return new Settings(other, lastFolder, lastCaseId);
        }

        public Settings withLastFolder(String other) {
            return new Settings(language, other, lastCaseId);
        }

        public Settings withLastCaseId(String other) {
            return new Settings(language, lastFolder, other);
        }
    }

    private final Path file;

    public SettingsStore(Path dataFolder) {
        this.file = dataFolder.resolve("settings.json");
    }

    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.NONE;
        }
        try {
            return Json.mapper().readValue(file.toFile(), Settings.class);
        } catch (IOException e) {
            LoggerFactory.getLogger(SettingsStore.class).warn("Ignoring unreadable settings file {}: {}", file, e.getMessage());
            return Settings.NONE;
        }
    }

    public void save(Settings settings) throws IOException {
        AtomicFiles.write(file, Json.mapper().writeValueAsBytes(settings));
    }

    /** The language to use now: the saved choice, else the system locale's. */
    public Language effectiveLanguage() {
        Language saved = load().language();
        return saved != null ? saved : Language.forLocale(Locale.getDefault());
    }
}
