package io.permitguide.service.checklist;

/**
 * How an item is ticked off: a paper goes through states (to get, have it, copied, handed in); a presence (the
 * child or both parents at the counter, the consulate's interview) is only done or not.
 */
public enum ItemKind {
    DOCUMENT,
    PRESENCE;

    /** Done-or-not items show a check box instead of the state choice. */
    public boolean doneOrNot() {
        return this == PRESENCE;
    }
}
