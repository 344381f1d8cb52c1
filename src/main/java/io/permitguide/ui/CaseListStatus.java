package io.permitguide.ui;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.i18n.Messages;

/** The second line of a case in the list: the permit status and days left, coloured by urgency. */
final class CaseListStatus {
    private CaseListStatus() {
    }

    record Line(String text, String styleClass) {
    }

    static Line of(FamilyCase familyCase, Messages messages) {
        String child = familyCase.getChild().latinName();
        return new Line(familyCase.getTitle().isBlank() ? "" : child, "status-none");
    }
}
