package io.permitguide.model;

/** State and note of one checklist item. */
public class ItemProgress {
    private ItemState state = ItemState.TO_GET;
    private String note = "";

    public ItemState getState() { return state; }
    public void setState(ItemState state) { this.state = state; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
