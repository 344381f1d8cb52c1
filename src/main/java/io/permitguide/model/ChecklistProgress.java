package io.permitguide.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the family has done about each checklist item. Keyed by the item's stable code, so that a change of
 * the case that regenerates the list keeps the states already set.
 */
public class ChecklistProgress {
    private Map<String, ItemProgress> items = new LinkedHashMap<>();
    private List<CustomItem> customItems = new ArrayList<>();
    private Set<String> hidden = new LinkedHashSet<>();

    public Map<String, ItemProgress> getItems() { return items; }
    public void setItems(Map<String, ItemProgress> items) { this.items = new LinkedHashMap<>(items); }
    public List<CustomItem> getCustomItems() { return customItems; }
    public void setCustomItems(List<CustomItem> customItems) { this.customItems = new ArrayList<>(customItems); }
    public Set<String> getHidden() { return hidden; }
    public void setHidden(Set<String> hidden) { this.hidden = new LinkedHashSet<>(hidden); }

    /** Progress of one item, created on first use. */
    public ItemProgress progressOf(String code) {
        return items.computeIfAbsent(code, c -> new ItemProgress());
    }
}
