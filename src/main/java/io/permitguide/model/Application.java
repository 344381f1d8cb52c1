package io.permitguide.model;

import java.time.LocalDate;

/** The application handed in at the Exit-Entry bureau. */
public class Application {
    /** Day the bureau accepted the application (China date). */
    private LocalDate appliedOn;
    /** City profile id or name of the bureau applied to; blank means the city of residence. */
    private String city = "";
    private ApplicationType type = ApplicationType.FIRST;
    private LocalDate collectedOn;
    private String receiptNumber = "";
    /** Working days the family wants between the expected collection and the flight; null means the default. */
    private Integer marginWorkingDays;

    public LocalDate getAppliedOn() { return appliedOn; }
    public void setAppliedOn(LocalDate appliedOn) { this.appliedOn = appliedOn; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public ApplicationType getType() { return type; }
    public void setType(ApplicationType type) { this.type = type; }
    public LocalDate getCollectedOn() { return collectedOn; }
    public void setCollectedOn(LocalDate collectedOn) { this.collectedOn = collectedOn; }
    public String getReceiptNumber() { return receiptNumber; }
    public void setReceiptNumber(String receiptNumber) { this.receiptNumber = receiptNumber; }
    public Integer getMarginWorkingDays() { return marginWorkingDays; }
    public void setMarginWorkingDays(Integer marginWorkingDays) { this.marginWorkingDays = marginWorkingDays; }
}
