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
     * Preferences kept between runs; {@code language} null means "follow the system", {@code lastCaseId} is the case
     * the window showed last (null before the first case).
     */
    public record Settings(Language language, String lastCaseId) {
        public Settings(Language language) {
            this(language, null);
        }
    }

    private final Path file;

    public SettingsStore(Path dataFolder) {
        this.file = dataFolder.resolve("settings.json");
    }

    public Settings load() {
        if (!Files.exists(file)) {
            return new Settings(null);
        }
        try {
            return Json.mapper().readValue(file.toFile(), Settings.class);
        } catch (IOException e) {
            LoggerFactory.getLogger(SettingsStore.class).warn("Ignoring unreadable settings file {}: {}", file, e.getMessage());
            return new Settings(null);
        }
    }

    public void save(Settings settings) throws IOException {
        AtomicFiles.write(file, Json.mapper().writeValueAsBytes(settings));
    }

    /** Keeps the other preferences. */
    public void saveLanguage(Language language) throws IOException {
        save(new Settings(language, load().lastCaseId()));
    }

    /** Keeps the other preferences. */
    public void saveLastCaseId(String caseId) throws IOException {
        save(new Settings(load().language(), caseId));
    }

    /** The language to use now: the saved choice, else the system locale's. */
    public Language effectiveLanguage() {
        Language saved = load().language();
        return saved != null ? saved : Language.forLocale(Locale.getDefault());
    }
}
