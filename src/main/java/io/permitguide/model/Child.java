package io.permitguide.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The child the permit is for. Country fields hold ISO 3166 alpha-2 codes ("CN", "US", "HK"). */
public class Child {
    private String familyName = "";
    private String givenNames = "";
    private String chineseName = "";
    private Sex sex;
    private LocalDate birthDate;
    private String birthCountry = "";
    private String birthPlace = "";
    private String ethnicity = "";
    private List<Passport> foreignPassports = new ArrayList<>();
    /** null = not answered. */
    private Boolean nameMatchesBirthCertificate;
    private Boolean hasChinesePassport;
    private String chinesePassportNumber = "";
    private Boolean onHukou;
    private String hukouCity = "";
    private String chineseIdNumber = "";
    private Boolean hasTravelDocument;
    private Boolean hadPermitBefore;
    /**
     * Did the child get a foreign nationality at birth (not later)? null = not answered. A foreign passport alone
     * does not say so, and for a child born abroad to a parent settled abroad it decides the nationality (art. 5).
     */
    private Boolean foreignNationalityAtBirth;

    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String givenNames) { this.givenNames = givenNames; }
    public String getChineseName() { return chineseName; }
    public void setChineseName(String chineseName) { this.chineseName = chineseName; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getBirthCountry() { return birthCountry; }
    public void setBirthCountry(String birthCountry) { this.birthCountry = birthCountry; }
    public String getBirthPlace() { return birthPlace; }
    public void setBirthPlace(String birthPlace) { this.birthPlace = birthPlace; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public List<Passport> getForeignPassports() { return foreignPassports; }
    public void setForeignPassports(List<Passport> foreignPassports) { this.foreignPassports = new ArrayList<>(foreignPassports); }
    public Boolean getNameMatchesBirthCertificate() { return nameMatchesBirthCertificate; }
    public void setNameMatchesBirthCertificate(Boolean v) { this.nameMatchesBirthCertificate = v; }
    public Boolean getHasChinesePassport() { return hasChinesePassport; }
    public void setHasChinesePassport(Boolean hasChinesePassport) { this.hasChinesePassport = hasChinesePassport; }
    public String getChinesePassportNumber() { return chinesePassportNumber; }
    public void setChinesePassportNumber(String v) { this.chinesePassportNumber = v; }
    public Boolean getOnHukou() { return onHukou; }
    public void setOnHukou(Boolean onHukou) { this.onHukou = onHukou; }
    public String getHukouCity() { return hukouCity; }
    public void setHukouCity(String hukouCity) { this.hukouCity = hukouCity; }
    public String getChineseIdNumber() { return chineseIdNumber; }
    public void setChineseIdNumber(String chineseIdNumber) { this.chineseIdNumber = chineseIdNumber; }
    public Boolean getHasTravelDocument() { return hasTravelDocument; }
    public void setHasTravelDocument(Boolean hasTravelDocument) { this.hasTravelDocument = hasTravelDocument; }
    public Boolean getHadPermitBefore() { return hadPermitBefore; }
    public void setHadPermitBefore(Boolean hadPermitBefore) { this.hadPermitBefore = hadPermitBefore; }
    public Boolean getForeignNationalityAtBirth() { return foreignNationalityAtBirth; }
    public void setForeignNationalityAtBirth(Boolean v) { this.foreignNationalityAtBirth = v; }

    /** The passport listed first is the one the family travels on. */
    public java.util.Optional<Passport> mainPassport() {
        return foreignPassports.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(foreignPassports.get(0));
    }

    /** Latin name as printed in passports: family name first. */
    public String latinName() {
        return (familyName + " " + givenNames).trim();
    }
}
