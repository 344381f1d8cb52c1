package io.permitguide.ui.form;

import io.permitguide.service.i18n.Messages;
import io.permitguide.service.validation.CaseField;
import io.permitguide.service.validation.FieldProblem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;

/**
 * The message labels under the fields. A date that cannot be read at all outranks a rule about its value,
 * because the rule was checked against the last readable date.
 */
public final class FieldErrors {
    private static final String FORMAT_PROBLEM = "permitguide.formatProblem";
    private final Map<CaseField, Label> labels = new EnumMap<>(CaseField.class);

    public void bind(CaseField field, Label label) {
        labels.put(field, label);
        label.setFocusTraversable(false);
    }

    /** Shows each problem under its field and hides the labels of fields that are now fine. */
    public void show(List<FieldProblem> problems, Messages messages) {
        Map<CaseField, String> texts = new EnumMap<>(CaseField.class);
        for (FieldProblem problem : problems) {
            texts.putIfAbsent(problem.field(), problem.message(messages));
        }
        labels.forEach((field, label) -> {
            Object format = label.getProperties().get(FORMAT_PROBLEM);
            String text = format != null ? format.toString() : texts.get(field);
            display(label, text);
        });
    }

    /** Whether any field shows a problem now. */
    public boolean any() {
        return labels.values().stream().anyMatch(Label::isVisible);
    }

    static void formatProblem(Label label, String message) {
        if (message == null) {
            label.getProperties().remove(FORMAT_PROBLEM);
        } else {
            label.getProperties().put(FORMAT_PROBLEM, message);
        }
        display(label, message);
    }

    private static void display(Label label, String text) {
        boolean show = text != null;
        label.setText(show ? text : "");
        label.setAccessibleText(show ? text : null);
        label.setVisible(show);
        label.setManaged(show);
    }
}
