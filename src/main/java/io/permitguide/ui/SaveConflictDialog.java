package io.permitguide.ui;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseFileException;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * A save refused because another window or another copy of the app saved the case since it was read: the user
 * chooses to reload the version on disk or to keep both. Closing the dialog decides nothing; the next save asks again.
 */
final class SaveConflictDialog {
    /** Cases with a dialog up or coming: saves every few hundred milliseconds must not stack dialogs. */
    private static final Set<FamilyCase> ASKING = Collections.newSetFromMap(new IdentityHashMap<>());

    private SaveConflictDialog() {
    }

    /** Asks once the current event is over (a refused save may come from inside a selection change). */
    static void offer(Window owner, Messages messages, AppSession session, FamilyCase edited, Consumer<FamilyCase> select) {
        if (!ASKING.add(edited)) {
            return;
        }
        Platform.runLater(() -> {
            try {
                ask(owner, messages, session, edited, select);
            } finally {
                ASKING.remove(edited);
            }
        });
    }

    private static void ask(Window owner, Messages messages, AppSession session, FamilyCase edited, Consumer<FamilyCase> select) {
        String name = CaseNames.display(edited, messages);
        String copyTitle = messages.get("error.conflict.copyTitle", name);
        ButtonType reload = new ButtonType(messages.get("error.conflict.reload"), ButtonBar.ButtonData.NO);
        ButtonType keepBoth = new ButtonType(messages.get("error.conflict.keepBoth"), ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("error.conflict.content", name, copyTitle), reload, keepBoth);
        alert.initOwner(owner);
        alert.setTitle(messages.get("error.conflict.title"));
        alert.setHeaderText(messages.get("error.conflict.header", name));
        alert.getDialogPane().setMinWidth(560);
        Optional<ButtonType> choice = alert.showAndWait();
        try {
            if (choice.filter(reload::equals).isPresent()) {
                select.accept(session.reloadFromDisk(edited));
            } else if (choice.filter(keepBoth::equals).isPresent()) {
                session.keepBoth(edited, copyTitle);
                select.accept(edited);
            }
        } catch (IOException | CaseFileException e) {
            Dialogs.error(owner, messages, messages.get("error.save", name, e.getMessage()));
        }
    }
}
