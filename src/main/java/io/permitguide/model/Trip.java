package io.permitguide.model;

import java.time.LocalDate;

/** The planned journey out of the mainland and back. */
public class Trip {
    /** ISO 3166 alpha-2; "HK" and "MO" for Hong Kong and Macao. */
    private String destinationCountry = "";
    private LocalDate departureDate;
    private LocalDate returnDate;
    private TravelFrequency frequency = TravelFrequency.ONCE;
    private TripPurpose purpose;

    public String getDestinationCountry() { return destinationCountry; }
    public void setDestinationCountry(String destinationCountry) { this.destinationCountry = destinationCountry; }
    public LocalDate getDepartureDate() { return departureDate; }
    public void setDepartureDate(LocalDate departureDate) { this.departureDate = departureDate; }
    public LocalDate getReturnDate() { return returnDate; }
    public void setReturnDate(LocalDate returnDate) { this.returnDate = returnDate; }
    public TravelFrequency getFrequency() { return frequency; }
    public void setFrequency(TravelFrequency frequency) { this.frequency = frequency; }
    public TripPurpose getPurpose() { return purpose; }
    public void setPurpose(TripPurpose purpose) { this.purpose = purpose; }
}
