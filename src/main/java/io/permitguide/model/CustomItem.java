package io.permitguide.model;

import java.util.UUID;

/** A checklist item the family added themselves. */
public class CustomItem {
    private String id = "custom-" + UUID.randomUUID();
    private String label = "";
    private boolean copyNeeded;
    private ItemState state = ItemState.TO_GET;
    private String note = "";

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public boolean isCopyNeeded() { return copyNeeded; }
    public void setCopyNeeded(boolean copyNeeded) { this.copyNeeded = copyNeeded; }
    public ItemState getState() { return state; }
    public void setState(ItemState state) { this.state = state; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
