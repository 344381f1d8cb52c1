package io.permitguide.model;

/** A parent of the child; the form asks for both. */
public class Parent {
    private ParentRole role;
    private String familyName = "";
    private String givenNames = "";
    private String chineseName = "";
    /** ISO 3166 alpha-2, "CN" for a Chinese national. */
    private String nationality = "";
    private String passportNumber = "";
    private String chineseIdNumber = "";
    private String hukouCity = "";
    private String phone = "";
    /** Only meaningful for a Chinese parent: had they settled abroad (permanent residence) when the child was born? */
    private Boolean settledAbroadAtBirth;
    /** Only meaningful for a Chinese parent: do they have a residence permit (居住证) where the family lives? */
    private Boolean hasLocalResidencePermit;
    /**
     * Did this parent have today's nationality when the child was born? null = not answered. Chinese law
     * (Nationality Law arts. 4-5) looks at the nationality at the birth, so it is never assumed.
     */
    private Boolean sameNationalityAtChildBirth;
    /** ISO 3166 alpha-2 nationality when the child was born, when it differed from today's; "" = not given. */
    private String nationalityAtChildBirth = "";

    public ParentRole getRole() { return role; }
    public void setRole(ParentRole role) { this.role = role; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String givenNames) { this.givenNames = givenNames; }
    public String getChineseName() { return chineseName; }
    public void setChineseName(String chineseName) { this.chineseName = chineseName; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public String getPassportNumber() { return passportNumber; }
    public void setPassportNumber(String passportNumber) { this.passportNumber = passportNumber; }
    public String getChineseIdNumber() { return chineseIdNumber; }
    public void setChineseIdNumber(String chineseIdNumber) { this.chineseIdNumber = chineseIdNumber; }
    public String getHukouCity() { return hukouCity; }
    public void setHukouCity(String hukouCity) { this.hukouCity = hukouCity; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Boolean getSettledAbroadAtBirth() { return settledAbroadAtBirth; }
    public void setSettledAbroadAtBirth(Boolean settledAbroadAtBirth) { this.settledAbroadAtBirth = settledAbroadAtBirth; }
    public Boolean getHasLocalResidencePermit() { return hasLocalResidencePermit; }
    public void setHasLocalResidencePermit(Boolean v) { this.hasLocalResidencePermit = v; }
    public Boolean getSameNationalityAtChildBirth() { return sameNationalityAtChildBirth; }
    public void setSameNationalityAtChildBirth(Boolean v) { this.sameNationalityAtChildBirth = v; }
    public String getNationalityAtChildBirth() { return nationalityAtChildBirth; }
    public void setNationalityAtChildBirth(String v) { this.nationalityAtChildBirth = v; }

    public boolean isChinese() {
        return "CN".equalsIgnoreCase(nationality);
    }

    /**
     * The nationality this parent had when the child was born: today's when the user confirmed it was the same,
     * the one given for the birth otherwise; empty while neither is answered.
     */
    public java.util.Optional<String> nationalityAtBirthOfChild() {
        String now = Boolean.TRUE.equals(sameNationalityAtChildBirth) ? nationality : nationalityAtChildBirth;
        return now == null || now.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(now);
    }

    public String latinName() {
        return (familyName + " " + givenNames).trim();
    }
}
