package io.permitguide.ui;

import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseStore;
import io.permitguide.service.storage.SetAsideFile;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;

/**
 * Tells the user, once, of every case file in {@code damaged/} nobody has reported yet, whoever set it aside (this
 * start, an earlier one, {@code remind}), with a button that opens the folder.
 */
final class DamagedFilesNotice {
    private DamagedFilesNotice() {
    }

    static void showUnreported(Window owner, Messages messages, CaseStore store) {
        List<SetAsideFile> files;
        try {
            files = store.takeUnreportedSetAside();
        } catch (IOException e) {
            LoggerFactory.getLogger(DamagedFilesNotice.class).warn("Cannot list the damaged files: {}", e.getMessage());
            return;
        }
        if (files.isEmpty()) {
            return;
        }
        String text = files.stream()
                .map(f -> messages.get("error.setAside.item", f.original().getFileName(), f.reason(messages), f.movedTo()))
                .collect(Collectors.joining("\n\n"));
        ButtonType open = new ButtonType(messages.get("error.setAside.openFolder"), ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.WARNING, text, open, new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(messages.get("error.setAside.title"));
        alert.setHeaderText(messages.get("error.setAside.header"));
        alert.getDialogPane().setMinWidth(560);
        // Opening the folder leaves the notice up, so the list stays readable beside the file manager.
        ((Button) alert.getDialogPane().lookupButton(open)).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            openFolder(store.damagedDir());
        });
        alert.show();
    }

    /** Through the desktop's file manager, off the FX thread (it may start a program); nothing where there is none. */
    private static void openFolder(Path folder) {
        Thread opener = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(folder.toFile());
                }
            } catch (IOException | RuntimeException e) {
                LoggerFactory.getLogger(DamagedFilesNotice.class).warn("Cannot open {}: {}", folder, e.getMessage());
            }
        }, "open-damaged-folder");
        opener.setDaemon(true);
        opener.start();
    }
}
