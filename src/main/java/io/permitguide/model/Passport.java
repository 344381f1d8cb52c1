package io.permitguide.model;

import java.time.LocalDate;

/** A foreign passport the child holds. */
public class Passport {
    private String country = "";
    private String number = "";
    private LocalDate expiryDate;

    public Passport() {
    }

    public Passport(String country, String number, LocalDate expiryDate) {
        this.country = country;
        this.number = number;
        this.expiryDate = expiryDate;
    }

    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public LocalDate getExpiryDate() { return expiryDate; }
    public void setExpiryDate(LocalDate expiryDate) { this.expiryDate = expiryDate; }
}
