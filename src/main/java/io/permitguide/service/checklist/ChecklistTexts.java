package io.permitguide.service.checklist;

import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.i18n.Messages;

/** The words of a checklist entry: the bundled name and reason, or what the family typed for their own item. */
public final class ChecklistTexts {
    private ChecklistTexts() {
    }

    /** The name, marked when the paper helps but is not asked for. */
    public static String name(ChecklistEntry entry, Messages messages) {
        if (entry.custom()) {
            return entry.ownLabel();
        }
        String name = messages.get(entry.nameKey());
        return entry.optional() ? name + " " + messages.get("checklist.optional") : name;
    }

    /** The printout's title, naming the document the papers are for. */
    public static String printTitle(DocumentCode document, Messages messages) {
        return messages.get("checklist.pdf.title." + document.name());
    }

    public static String why(ChecklistEntry entry, Messages messages) {
        return entry.custom() ? "" : messages.get(entry.whyKey(), entry.whyArgs());
    }
}
