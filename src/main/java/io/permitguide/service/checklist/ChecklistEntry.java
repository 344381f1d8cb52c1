package io.permitguide.service.checklist;

import io.permitguide.model.ItemState;
import java.util.Arrays;
import java.util.Objects;

/**
 * A line of a case's checklist: a bundled item (name and why from the bundles, {@code ownLabel} empty) or one
 * the family added ({@code ownLabel} is what they typed). State and note come from the case.
 */
public record ChecklistEntry(String id, String nameKey, String whyKey, Object[] whyArgs, String ownLabel, boolean copyNeeded,
        ItemState state, String note, boolean hidden, boolean optional, ItemKind kind) {

    /** Equal when every part is: the reason's arguments by their values (a record compares an array as an object). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ChecklistEntry that && Objects.equals(id, that.id) && Objects.equals(nameKey, that.nameKey)
                && Objects.equals(whyKey, that.whyKey) && Arrays.deepEquals(whyArgs, that.whyArgs)
                && Objects.equals(ownLabel, that.ownLabel) && copyNeeded == that.copyNeeded && state == that.state
                && Objects.equals(note, that.note) && hidden == that.hidden && optional == that.optional && kind == that.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, nameKey, whyKey, Arrays.deepHashCode(whyArgs), ownLabel, copyNeeded, state, note, hidden, optional, kind);
    }

    public boolean custom() {
        return !ownLabel.isEmpty();
    }

    /** Done-or-not items are done at any state past "to get". */
    public boolean done() {
        return state != ItemState.TO_GET;
    }

    /** Ready to hand in: the paper is there and, where a photocopy is asked for, copied too. */
    public boolean ready() {
        return switch (state) {
            case TO_GET -> false;
            case HAVE -> !copyNeeded;
            case COPIED, HANDED_IN -> true;
        };
    }
}
