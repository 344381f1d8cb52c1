package io.permitguide.model;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One child and one permit journey: everything the guide, checklist, timeline and packet read.
 * Mutable on purpose: the forms edit it in place and the store saves it as a whole.
 */
public class FamilyCase {
    private String id = UUID.randomUUID().toString();
    private String title = "";
    private Child child = new Child();
    private List<Parent> parents = new ArrayList<>(List.of(new Parent(), new Parent()));
    private MarriagePlace marriage = MarriagePlace.UNKNOWN;
    private String marriageCountry = "";
    private Residence residence = new Residence();
    private Trip trip = new Trip();
    private Application application = new Application();
    private Permit permit = new Permit();
    private ChecklistProgress checklist = new ChecklistProgress();
    private ReminderSettings reminders = new ReminderSettings();
    private String notes = "";

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Child getChild() { return child; }
    public void setChild(Child child) { this.child = child; }
    public List<Parent> getParents() { return parents; }
    public void setParents(List<Parent> parents) { this.parents = new ArrayList<>(parents); }
    public MarriagePlace getMarriage() { return marriage; }
    public void setMarriage(MarriagePlace marriage) { this.marriage = marriage; }
    public String getMarriageCountry() { return marriageCountry; }
    public void setMarriageCountry(String marriageCountry) { this.marriageCountry = marriageCountry; }
    public Residence getResidence() { return residence; }
    public void setResidence(Residence residence) { this.residence = residence; }
    public Trip getTrip() { return trip; }
    public void setTrip(Trip trip) { this.trip = trip; }
    public Application getApplication() { return application; }
    public void setApplication(Application application) { this.application = application; }
    public Permit getPermit() { return permit; }
    public void setPermit(Permit permit) { this.permit = permit; }
    public ChecklistProgress getChecklist() { return checklist; }
    public void setChecklist(ChecklistProgress checklist) { this.checklist = checklist; }
    public ReminderSettings getReminders() { return reminders; }
    public void setReminders(ReminderSettings reminders) { this.reminders = reminders; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }

    /** The first parent whose nationality is Chinese, if any. */
    public java.util.Optional<Parent> chineseParent() {
        return parents.stream().filter(Parent::isChinese).findFirst();
    }

    /** The first parent who is not Chinese, if any. */
    public java.util.Optional<Parent> foreignParent() {
        return parents.stream().filter(p -> !p.isChinese() && !p.getNationality().isBlank()).findFirst();
    }

    /** Ensures two parent slots exist; older or hand-made files may hold fewer. */
    public void normalise() {
        while (parents.size() < 2) {
            parents.add(new Parent());
        }
    }
}
