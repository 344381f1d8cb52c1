package io.permitguide.service.checklist;

import io.permitguide.model.ItemState;

/**
 * A line of a case's checklist: a bundled item (name and why from the bundles, {@code ownLabel} empty) or one
 * the family added ({@code ownLabel} is what they typed). State and note come from the case.
 */
public record ChecklistEntry(String id, String nameKey, String whyKey, Object[] whyArgs, String ownLabel, boolean copyNeeded,
        ItemState state, String note, boolean hidden, boolean optional, ItemKind kind) {

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
