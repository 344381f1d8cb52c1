package io.permitguide.service.interview;

import io.permitguide.model.FamilyCase;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** One value of the case that a question reads and writes: the same field the Details form edits. */
public final class Slot<T> {
    private final Function<FamilyCase, T> get;
    private final BiConsumer<FamilyCase, T> set;
    private final T empty;
    private final BiConsumer<FamilyCase, FamilyCase> restore;

    Slot(Function<FamilyCase, T> get, BiConsumer<FamilyCase, T> set, T empty) {
        this(get, set, empty, null);
    }

    /** {@code restore} copies the fields behind an answer read from several (copy from, to). */
    Slot(Function<FamilyCase, T> get, BiConsumer<FamilyCase, T> set, T empty, BiConsumer<FamilyCase, FamilyCase> restore) {
        this.get = get;
        this.set = set;
        this.empty = empty;
        this.restore = restore != null ? restore : (from, to) -> set(to, get(from));
    }

    public T get(FamilyCase familyCase) {
        return get.apply(familyCase);
    }

    public void set(FamilyCase familyCase, T value) {
        set.accept(familyCase, value);
    }

    /** Leaves the value unanswered: what "I don't know" writes. */
    public void clear(FamilyCase familyCase) {
        set(familyCase, empty);
    }

    /** Puts back in {@code to} (a copy of {@code from}) the fields this slot writes, exactly as in {@code from}. */
    void restore(FamilyCase from, FamilyCase to) {
        restore.accept(from, to);
    }

    public boolean answered(FamilyCase familyCase) {
        T value = get(familyCase);
        return value != null && !value.equals(empty) && !(value instanceof String text && text.isBlank());
    }
}
