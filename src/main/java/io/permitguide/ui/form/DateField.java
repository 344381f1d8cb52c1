package io.permitguide.ui.form;

import io.permitguide.service.timeline.ChinaDates;
import io.permitguide.service.validation.DateInput;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.util.StringConverter;

/**
 * A date picker whose typed text is read as the user types. Text that is not a date stays in the field with
 * a message under it; the picker's own habit of replacing unreadable text on focus loss is undone.
 */
final class DateField {
    private final DatePicker picker;
    private final Label error;
    private final String unreadableMessage;
    private Consumer<LocalDate> listener = d -> { };
    private String unreadableText;
    private boolean showing;

    DateField(DatePicker picker, Label error, String unreadableMessage) {
        this.picker = picker;
        this.error = error;
        this.unreadableMessage = unreadableMessage;
        // Unreadable text keeps the last good date instead of throwing: DatePicker commits on focus loss unguarded.
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return DateInput.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : DateInput.parse(text).orElse(picker.getValue());
            }
        });
        picker.setPromptText("YYYY-MM-DD");
        // The skin puts its text field in only when first laid out, after the CSS pass of that frame: the first frame
        // drew the field unstyled, a few pixels short, and the rows below moved in the next. Put in with the skin, it
        // is styled in the same pass.
        picker.skinProperty().addListener((obs, old, skin) -> {
            if (skin instanceof DatePickerSkin pickerSkin) {
                pickerSkin.getDisplayNode();
            }
        });
        ChinaDayCells.apply(picker, ChinaDates.systemClock());
        picker.getEditor().textProperty().addListener((obs, old, now) -> typed(now));
        picker.valueProperty().addListener((obs, old, now) -> {
            if (!showing && now != null) {
                unreadableText = null;
                listener.accept(now);
            }
        });
        picker.focusedProperty().addListener((obs, was, is) -> {
            if (!is && unreadableText != null) {
                String keep = unreadableText;
                Platform.runLater(() -> picker.getEditor().setText(keep));
            }
        });
    }

    void onDate(Consumer<LocalDate> listener) {
        this.listener = listener;
    }

    boolean unreadable() {
        return unreadableText != null;
    }

    void show(LocalDate date) {
        showing = true;
        try {
            unreadableText = null;
            picker.setValue(date);
            picker.getEditor().setText(DateInput.format(date));
            showError(false);
        } finally {
            showing = false;
        }
    }

    private void typed(String text) {
        if (showing) {
            return;
        }
        if (text == null || text.isBlank()) {
            unreadableText = null;
            showError(false);
            listener.accept(null);
            return;
        }
        Optional<LocalDate> date = DateInput.parse(text);
        if (date.isPresent()) {
            unreadableText = null;
            showError(false);
            listener.accept(date.get());
        } else {
            unreadableText = text;
            showError(true);
        }
    }

    private void showError(boolean show) {
        if (error != null) {
            FieldErrors.formatProblem(error, show ? unreadableMessage : null);
        }
    }
}
