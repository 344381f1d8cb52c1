package io.permitguide.service.checklist;

import io.permitguide.model.ChecklistProgress;
import io.permitguide.model.CustomItem;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.ItemProgress;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.guidance.DocumentCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The papers for one case and city, with the family's progress. Progress is kept by item id in the case, so
 * when the case changes and an item leaves and comes back, its state is still there.
 */
public final class ChecklistBuilder {
    private final List<ChecklistItem> items;

    public ChecklistBuilder(List<ChecklistItem> items) {
        this.items = items;
    }

    public static ChecklistBuilder bundled() {
        return new ChecklistBuilder(ChecklistItems.bundled());
    }

    /**
     * Every entry for the document the child needs, hidden ones included (marked); bundled items first in the
     * file's order, then the family's own.
     */
    public List<ChecklistEntry> build(FamilyCase familyCase, CityProfile city, LocalDate today, DocumentCode document) {
        Set<ChecklistFact> facts = ChecklistFacts.of(familyCase, city, today);
        ChecklistProgress progress = familyCase.getChecklist();
        List<ChecklistEntry> entries = new ArrayList<>();
        for (ChecklistItem item : items) {
            if (item.appliesTo(document, facts)) {
                ItemProgress p = progress.getItems().getOrDefault(item.id(), new ItemProgress());
                entries.add(new ChecklistEntry(item.id(), item.nameKey(), item.whyKey(), new Object[] {city.photos()}, "", item.copy(),
                        p.getState(), p.getNote(), progress.getHidden().contains(item.id()), item.optional(), item.kind()));
            }
        }
        for (CustomItem own : progress.getCustomItems()) {
            entries.add(new ChecklistEntry(own.getId(), "", "", new Object[0], own.getLabel().isBlank() ? "…" : own.getLabel(),
                    own.isCopyNeeded(), own.getState(), own.getNote(), progress.getHidden().contains(own.getId()), false,
                    ItemKind.DOCUMENT));
        }
        return entries;
    }

    /** How far the family is: entries ready out of those not hidden. */
    public static Summary summary(List<ChecklistEntry> entries) {
        List<ChecklistEntry> shown = entries.stream().filter(e -> !e.hidden()).toList();
        return new Summary((int) shown.stream().filter(ChecklistEntry::ready).count(), shown.size());
    }

    public record Summary(int ready, int total) {
        public boolean complete() {
            return total > 0 && ready == total;
        }
    }
}
