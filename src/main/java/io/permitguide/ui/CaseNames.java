package io.permitguide.ui;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.i18n.Messages;

/** How a case is named in the list and the window title. */
public final class CaseNames {
    private CaseNames() {
    }

    public static String display(FamilyCase familyCase, Messages messages) {
        if (!familyCase.getTitle().isBlank()) {
            return familyCase.getTitle();
        }
        String latin = familyCase.getChild().latinName();
        String chinese = familyCase.getChild().getChineseName();
        String name = (latin + " " + chinese).trim();
        return name.isEmpty() ? messages.get("cases.untitled") : name;
    }
}
