package io.permitguide.ui;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.i18n.Messages;
import java.io.IOException;
import java.util.Map;
import javafx.stage.Stage;

/**
 * The last save before the window closes. When it fails (a full disk, a folder gone), the family decides: the
 * window stays open with the edits unless they choose to lose them.
 */
final class UnsavedOnClose {
    private UnsavedOnClose() {
    }

    /** True when everything is saved or the user chose to close anyway. */
    static boolean mayClose(Stage stage, AppSession session) {
        Map<FamilyCase, IOException> failed = session.saveAllBeforeClosing();
        if (failed.isEmpty()) {
            return true;
        }
        Messages messages = session.messages();
        var first = failed.entrySet().iterator().next();
        return Dialogs.confirm(stage, messages, messages.get("dialog.unsaved.title"),
                messages.get("dialog.unsaved.header", CaseNames.display(first.getKey(), messages), first.getValue().getMessage()),
                messages.get("dialog.unsaved.content"), messages.get("dialog.unsaved.close"));
    }
}
