package io.permitguide.ui;

import io.permitguide.service.i18n.Messages;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a password: a new one (typed twice, may be left empty) for an export, or the one of a protected file. */
public final class PasswordDialog {
    static final int MINIMUM_LENGTH = 8;

    private PasswordDialog() {
    }

    /** A new password for an export; an empty array means "no password"; empty Optional means cancelled. */
    public static Optional<char[]> forExport(Window owner, Messages messages) {
        return show(owner, messages, messages.get("dialog.password.exportTitle"), messages.get("dialog.password.exportHeader"), true, null);
    }

    /** The password of a protected file; {@code problem} is shown when an earlier try failed. */
    public static Optional<char[]> forImport(Window owner, Messages messages, String fileName, String problem) {
        return show(owner, messages, messages.get("dialog.password.importTitle"), messages.get("dialog.password.importHeader", fileName),
                false, problem);
    }

    private static Optional<char[]> show(Window owner, Messages messages, String title, String header, boolean twice, String problem) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        PasswordField first = field(messages.get("dialog.password.password"));
        first.setId("passwordField");
        PasswordField second = field(messages.get("dialog.password.repeat"));
        second.setId("passwordRepeatField");
        Label error = new Label(problem == null ? "" : problem);
        error.setId("passwordError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, labelFor(messages.get("dialog.password.password"), first), first);
        if (twice) {
            grid.addRow(1, labelFor(messages.get("dialog.password.repeat"), second), second);
        }
        grid.add(error, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            String why = twice ? problemWithNew(first.getText(), second.getText(), messages) : null;
            if (why != null) {
                error.setText(why);
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == ok ? first.getText().toCharArray() : null);
        Platform.runLater(first::requestFocus);
        return dialog.showAndWait();
    }

    private static String problemWithNew(String password, String repeat, Messages messages) {
        if (!password.equals(repeat)) {
            return messages.get("dialog.password.mismatch");
        }
        if (!password.isEmpty() && password.length() < MINIMUM_LENGTH) {
            return messages.get("dialog.password.tooShort", MINIMUM_LENGTH);
        }
        return null;
    }

    private static PasswordField field(String name) {
        PasswordField field = new PasswordField();
        field.setAccessibleText(name);
        field.setPrefColumnCount(22);
        return field;
    }

    private static Label labelFor(String text, Node target) {
        Label label = new Label(text);
        label.setLabelFor(target);
        return label;
    }
}
