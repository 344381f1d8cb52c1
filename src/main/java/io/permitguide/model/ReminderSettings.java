package io.permitguide.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which reminders the family wants, and which they have already seen. */
public class ReminderSettings {
    private List<Integer> daysBeforeExpiry = new ArrayList<>(List.of(30, 14, 7, 1));
    private boolean expiryEnabled = true;
    private boolean lastDayToApplyEnabled = true;
    private boolean collectionEnabled = true;
    private boolean latestReturnEnabled = true;
    /** Keys of reminders the user dismissed, so they are not shown again. */
    private Set<String> dismissed = new LinkedHashSet<>();

    public List<Integer> getDaysBeforeExpiry() { return daysBeforeExpiry; }
    public void setDaysBeforeExpiry(List<Integer> v) { this.daysBeforeExpiry = new ArrayList<>(v); }
    public boolean isExpiryEnabled() { return expiryEnabled; }
    public void setExpiryEnabled(boolean v) { this.expiryEnabled = v; }
    public boolean isLastDayToApplyEnabled() { return lastDayToApplyEnabled; }
    public void setLastDayToApplyEnabled(boolean v) { this.lastDayToApplyEnabled = v; }
    public boolean isCollectionEnabled() { return collectionEnabled; }
    public void setCollectionEnabled(boolean v) { this.collectionEnabled = v; }
    public boolean isLatestReturnEnabled() { return latestReturnEnabled; }
    public void setLatestReturnEnabled(boolean v) { this.latestReturnEnabled = v; }
    public Set<String> getDismissed() { return dismissed; }
    public void setDismissed(Set<String> dismissed) { this.dismissed = new LinkedHashSet<>(dismissed); }
}
