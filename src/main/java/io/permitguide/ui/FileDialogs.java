package io.permitguide.ui;

import io.permitguide.service.storage.SettingsStore;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;

/**
 * Every file dialog of the app goes through here: it opens in the folder used last (remembered in the settings),
 * else in the user's documents folder, and remembers the folder of the file chosen.
 */
public final class FileDialogs {
    /** Shows a chooser and returns the file picked, or null; tests put a fake in place of the native dialog. */
    public interface Shower {
        File show(FileChooser chooser, Window owner, boolean save);
    }

    private static final Shower NATIVE = (chooser, owner, save) -> save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
    private static Shower shower = NATIVE;
    private static SettingsStore settings;
    private static String lastFolder;
    private static Optional<Path> xdgDocuments;

    private FileDialogs() {
    }

    /** Remembers the last folder in this store from now on (the app's session calls it at start). */
    public static void rememberIn(SettingsStore store) {
        settings = store;
        lastFolder = store.load().lastFolder();
    }

    public static File showSave(FileChooser chooser, Window owner) {
        return show(chooser, owner, true);
    }

    public static File showOpen(FileChooser chooser, Window owner) {
        return show(chooser, owner, false);
    }

    /** For tests: answers file dialogs without a native window; null puts the native dialog back. */
    public static void replaceDialog(Shower fake) {
        shower = fake == null ? NATIVE : fake;
    }

    private static File show(FileChooser chooser, Window owner, boolean save) {
        Path home = Path.of(System.getProperty("user.home"));
        chooser.setInitialDirectory(startFolder(home, xdgDocuments(), lastFolder).toFile());
        File file = shower.show(chooser, owner, save);
        if (file != null && file.getAbsoluteFile().getParentFile() != null) {
            remember(file.getAbsoluteFile().getParentFile().toString());
        }
        return file;
    }

    /**
     * Where a dialog opens: the last folder used while it still exists, else the documents folder (the XDG one when
     * the desktop names it, else ~/Documents), else home.
     */
    static Path startFolder(Path home, Optional<Path> xdgDocuments, String lastFolder) {
        Optional<Path> last = Optional.ofNullable(lastFolder).flatMap(FileDialogs::path);
        if (last.isPresent() && Files.isDirectory(last.get())) {
            return last.get();
        }
        // xdg-user-dir answers with home itself when no documents folder is set up; ~/Documents is better then.
        if (xdgDocuments.isPresent() && Files.isDirectory(xdgDocuments.get()) && !xdgDocuments.get().equals(home)) {
            return xdgDocuments.get();
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    private static void remember(String folder) {
        lastFolder = folder;
        if (settings != null) {
            try {
                settings.save(settings.load().withLastFolder(folder));
            } catch (IOException e) {
                LoggerFactory.getLogger(FileDialogs.class).warn("Could not remember the folder: {}", e.getMessage());
            }
        }
    }

    private static Optional<Path> path(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The desktop's documents folder from {@code xdg-user-dir DOCUMENTS}, asked once; empty where there is none. */
    private static synchronized Optional<Path> xdgDocuments() {
        if (xdgDocuments == null) {
            xdgDocuments = askXdg();
        }
        return xdgDocuments;
    }

    private static Optional<Path> askXdg() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder("xdg-user-dir", "DOCUMENTS").redirectErrorStream(true).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroy();
                return Optional.empty();
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 ? path(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
