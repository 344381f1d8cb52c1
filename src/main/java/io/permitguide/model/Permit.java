package io.permitguide.model;

import java.time.LocalDate;

/**
 * The document the child travels on once issued, and its use: the Entry-Exit Permit, or whichever document the
 * case's answer names (a Travel Document, a visa or residence permit in the foreign passport, a Chinese passport).
 * All dates are China dates (Asia/Shanghai).
 */
public class Permit {
    private String number = "";
    private LocalDate issueDate;
    /** As printed on the permit; wins over any computed expiry. */
    private LocalDate expiryDate;
    private boolean multipleEntry;
    private LocalDate exitDate;
    private LocalDate entryDate;

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public LocalDate getExpiryDate() { return expiryDate; }
    public void setExpiryDate(LocalDate expiryDate) { this.expiryDate = expiryDate; }
    public boolean isMultipleEntry() { return multipleEntry; }
    public void setMultipleEntry(boolean multipleEntry) { this.multipleEntry = multipleEntry; }
    public LocalDate getExitDate() { return exitDate; }
    public void setExitDate(LocalDate exitDate) { this.exitDate = exitDate; }
    public LocalDate getEntryDate() { return entryDate; }
    public void setEntryDate(LocalDate entryDate) { this.entryDate = entryDate; }
}
