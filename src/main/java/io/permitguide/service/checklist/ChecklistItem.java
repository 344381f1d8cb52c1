package io.permitguide.service.checklist;

import java.util.Set;

/**
 * One kind of paper from {@code checklist.json}: listed when all of {@code when} hold. Its name and why are the
 * i18n keys {@code checklist.item.<id>.name} and {@code .why}.
 */
public record ChecklistItem(String id, Set<ChecklistFact> when, boolean copy) {
    public ChecklistItem {
        when = when == null ? Set.of() : Set.copyOf(when);
    }

    public String nameKey() {
        return "checklist.item." + id + ".name";
    }

    public String whyKey() {
        return "checklist.item." + id + ".why";
    }
}
