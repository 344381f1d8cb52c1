package io.permitguide.service.checklist;

import io.permitguide.service.i18n.Messages;

/** The words of a checklist entry: the bundled name and reason, or what the family typed for their own item. */
public final class ChecklistTexts {
    private ChecklistTexts() {
    }

    public static String name(ChecklistEntry entry, Messages messages) {
        return entry.custom() ? entry.ownLabel() : messages.get(entry.nameKey());
    }

    public static String why(ChecklistEntry entry, Messages messages) {
        return entry.custom() ? "" : messages.get(entry.whyKey(), entry.whyArgs());
    }
}
