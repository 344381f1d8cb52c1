package io.permitguide.ui;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ChoiceDialog;

import io.permitguide.service.i18n.Messages;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** The app's small dialogs, with translated buttons. */
public final class Dialogs {
    private Dialogs() {
    }

    public static void error(Window owner, Messages messages, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ok(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(null);
        alert.show();
    }

    public static void info(Window owner, Messages messages, String title, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ok(messages));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(520);
        alert.show();
    }

    /** Asks before something destructive; true only when the user confirms. */
    public static boolean confirm(Window owner, Messages messages, String title, String header, String text, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, confirm, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    public static Optional<String> askText(Window owner, Messages messages, String title, String header, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        dialog.getEditor().setAccessibleText(label);
        dialog.getDialogPane().getButtonTypes().setAll(ok(messages), new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
    }

    /** Lets the user pick one of {@code choices}, shown by {@code label}; empty when cancelled. */
    public static <T> Optional<T> choose(Window owner, Messages messages, String title, String header, String label, List<T> choices,
            Function<T, String> text) {
        List<String> labels = choices.stream().map(text).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        dialog.getDialogPane().getButtonTypes().setAll(ok(messages), new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog.showAndWait().map(chosen -> choices.get(labels.indexOf(chosen)));
    }

    private static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }
}
