package io.permitguide.ui.form;

import io.permitguide.service.Countries;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.validation.DateInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * Ties form controls to the case: fills them from the case, writes each edit straight back and then calls
 * {@code onEdit}. Filling never counts as an edit. Dates that do not parse stay in the field as typed and
 * show a message next to it, so nothing the user typed is thrown away.
 *
 * <p>Controls that are made anew, such as the rows of a list rebuilt when the case changes, get a new binder each
 * time they are made: the old binder goes with the old controls, so nothing keeps them alive or fills them.
 */
public final class FormBinder {
    private static final String ROWS_TO_MEASURE = "comboBoxRowsToMeasureWidth";
    private final Messages messages;
    private final Runnable onEdit;
    private final List<Runnable> fillers = new ArrayList<>();
    private final List<DateField> dateFields = new ArrayList<>();
    private boolean filling;

    public FormBinder(Messages messages, Runnable onEdit) {
        this.messages = messages;
        this.onEdit = onEdit;
    }

    /** Shows the case's current values in every bound control. */
    public void fill() {
        filling = true;
        try {
            fillers.forEach(Runnable::run);
        } finally {
            filling = false;
        }
    }

    /** True while any date field holds text that is not a date. */
    public boolean hasUnreadableDate() {
        return dateFields.stream().anyMatch(DateField::unreadable);
    }

    private void edited(Runnable write) {
        if (!filling) {
            write.run();
            onEdit.run();
        }
    }

    public void text(TextInputControl field, Supplier<String> get, Consumer<String> set) {
        fillers.add(() -> field.setText(get.get() == null ? "" : get.get()));
        field.textProperty().addListener((obs, old, now) -> edited(() -> set.accept(now)));
    }

    /**
     * Text the case cannot do without, such as the name of an item. While the field is blank the case keeps its
     * last text and {@code error} says {@code blankMessage}; the blank stays in the field, as a date that does not
     * parse does.
     */
    public void requiredText(TextInputControl field, Label error, String blankMessage, Supplier<String> get, Consumer<String> set) {
        fillers.add(() -> {
            String text = get.get() == null ? "" : get.get();
            field.setText(text);
            FieldErrors.formatProblem(error, text.isBlank() ? blankMessage : null);
        });
        field.textProperty().addListener((obs, old, now) -> {
            if (filling) {
                return;
            }
            boolean blank = now == null || now.isBlank();
            FieldErrors.formatProblem(error, blank ? blankMessage : null);
            if (!blank) {
                edited(() -> set.accept(now));
            }
        });
    }

    public void check(CheckBox box, BooleanSupplier get, Consumer<Boolean> set) {
        fillers.add(() -> box.setSelected(get.getAsBoolean()));
        box.selectedProperty().addListener((obs, old, now) -> edited(() -> set.accept(now)));
    }

    public <E extends Enum<E>> void choice(ComboBox<E> box, E[] values, Supplier<E> get, Consumer<E> set) {
        measureOneRow(box);
        box.getItems().setAll(Arrays.asList(values));
        box.setConverter(converter(messages::of, text -> Arrays.stream(values).filter(v -> messages.of(v).equals(text)).findFirst().orElse(null)));
        fillers.add(() -> box.setValue(get.get()));
        box.valueProperty().addListener((obs, old, now) -> edited(() -> set.accept(now)));
    }

    public void yesNo(ComboBox<YesNo> box, Supplier<Boolean> get, Consumer<Boolean> set) {
        measureOneRow(box);
        box.getItems().setAll(YesNo.values());
        box.setConverter(converter(v -> messages.get(v.key()), text -> Arrays.stream(YesNo.values())
                .filter(v -> messages.get(v.key()).equals(text)).findFirst().orElse(YesNo.UNKNOWN)));
        fillers.add(() -> box.setValue(YesNo.of(get.get())));
        box.valueProperty().addListener((obs, old, now) -> edited(() -> set.accept(now == null ? null : now.toBoolean())));
    }

    /** A country chosen by its name in the interface language, stored as an ISO code. */
    public void country(ComboBox<String> box, Supplier<String> get, Consumer<String> set) {
        measureOneRow(box);
        box.getItems().setAll(Countries.sortedCodes(messages.language()));
        box.setConverter(converter(code -> Countries.name(code, messages.language()), text -> box.getItems().stream()
                .filter(code -> Countries.name(code, messages.language()).equalsIgnoreCase(text.strip())).findFirst().orElse(null)));
        fillers.add(() -> {
            String code = get.get();
            box.setValue(code == null || code.isBlank() ? null : code);
        });
        box.valueProperty().addListener((obs, old, now) -> edited(() -> set.accept(now == null ? "" : now)));
    }

    /**
     * A city: the listed ones by their name in the interface language (stored as their id), any other
     * city as typed.
     */
    public void city(ComboBox<String> box, Supplier<String> get, Consumer<String> set) {
        measureOneRow(box);
        CityProfiles profiles = CityProfiles.bundled();
        Function<String, String> display = value -> profiles.find(value).map(p -> messages.get(p.nameKey())).orElse(value);
        box.getItems().setAll(profiles.named().stream().map(CityProfile::id).toList());
        box.setConverter(converter(display, text -> {
            String typed = text == null ? "" : text.strip();
            Optional<String> listed = box.getItems().stream().filter(id -> display.apply(id).equalsIgnoreCase(typed)).findFirst();
            return listed.orElse(typed);
        }));
        fillers.add(() -> box.setValue(get.get() == null || get.get().isBlank() ? null : get.get()));
        box.valueProperty().addListener((obs, old, now) -> edited(() -> set.accept(now == null ? "" : now)));
        // An editable combo box commits typed text only on Enter or focus loss; users expect typing to count.
        box.getEditor().textProperty().addListener((obs, old, now) -> {
            if (box.isFocused() || box.getEditor().isFocused()) {
                edited(() -> set.accept(box.getConverter().fromString(now)));
            }
        });
    }

    /** A date typed year first or picked from the calendar; {@code error} shows when the text is not a date. */
    public void date(DatePicker picker, Label error, Supplier<LocalDate> get, Consumer<LocalDate> set) {
        DateField field = new DateField(picker, error, messages.get("validation.dateFormat"));
        dateFields.add(field);
        fillers.add(() -> field.show(get.get()));
        field.onDate(date -> edited(() -> set.accept(date)));
    }

    /**
     * JavaFX sizes a combo box's pop-up by measuring a cell for every item, in the first layout of the form: 250 for a
     * country box, about a tenth of the window's work between the opening view and the form's first frame. A box that
     * fills its form column (maximum width unbounded) gets a pop-up as wide as itself, so one row is measured; other
     * boxes keep JavaFX's way. A searchable box (ControlsFX) holds a combo box of its own, which gets the same once it
     * exists.
     */
    private static void measureOneRow(ComboBox<?> box) {
        if (box.getMaxWidth() != Double.MAX_VALUE) {
            return;
        }
        box.getProperties().put(ROWS_TO_MEASURE, 1); // read by javafx.scene.control.skin.ComboBoxListViewSkin
        if (box instanceof SearchableComboBox<?>) {
            box.skinProperty().addListener((obs, old, skin) -> box.getChildrenUnmodifiable().stream()
                    .filter(ComboBox.class::isInstance)
                    .forEach(inner -> inner.getProperties().put(ROWS_TO_MEASURE, 1)));
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText, Function<String, T> fromText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                return text == null || text.isBlank() ? null : fromText.apply(text);
            }
        };
    }
}
