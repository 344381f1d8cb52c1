package io.permitguide.model;

/** Where the family is now and where it lives in China. */
public class Residence {
    private Whereabouts whereabouts = Whereabouts.UNKNOWN;
    /** City of residence in mainland China: a city profile id ("beijing") or a city name as typed. */
    private String city = "";
    /** When abroad: the country the family is in (ISO 3166 alpha-2). */
    private String countryAbroad = "";
    private String address = "";
    private String phone = "";
    private String emergencyContactName = "";
    private String emergencyContactPhone = "";
    private String emergencyContactRelation = "";

    public Whereabouts getWhereabouts() { return whereabouts; }
    public void setWhereabouts(Whereabouts whereabouts) { this.whereabouts = whereabouts; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCountryAbroad() { return countryAbroad; }
    public void setCountryAbroad(String countryAbroad) { this.countryAbroad = countryAbroad; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmergencyContactName() { return emergencyContactName; }
    public void setEmergencyContactName(String v) { this.emergencyContactName = v; }
    public String getEmergencyContactPhone() { return emergencyContactPhone; }
    public void setEmergencyContactPhone(String v) { this.emergencyContactPhone = v; }
    public String getEmergencyContactRelation() { return emergencyContactRelation; }
    public void setEmergencyContactRelation(String v) { this.emergencyContactRelation = v; }
}
