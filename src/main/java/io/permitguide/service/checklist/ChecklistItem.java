package io.permitguide.service.checklist;

import io.permitguide.service.guidance.DocumentCode;
import java.util.Set;

/**
 * One kind of paper from {@code checklist.json}: listed for the {@code documents} it is part of, when all of
 * {@code when} hold. An {@code optional} paper helps but is not asked for. Its name and why are the
 * i18n keys {@code checklist.item.<id>.name} and {@code .why}. Its {@code kind} says how it is ticked off; a file
 * without one lists papers.
 */
public record ChecklistItem(String id, Set<ChecklistFact> when, boolean copy, Set<DocumentCode> documents, boolean optional,
        ItemKind kind) {
    public ChecklistItem {
        kind = kind == null ? ItemKind.DOCUMENT : kind;
        when = when == null ? Set.of() : Set.copyOf(when);
        documents = documents == null ? Set.of() : Set.copyOf(documents);
    }

    /** True when the item belongs on the list for this document and case. */
    boolean appliesTo(DocumentCode document, Set<ChecklistFact> facts) {
        return documents.contains(document) && facts.containsAll(when);
    }

    public String nameKey() {
        return "checklist.item." + id + ".name";
    }

    public String whyKey() {
        return "checklist.item." + id + ".why";
    }
}
