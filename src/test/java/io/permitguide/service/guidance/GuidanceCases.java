package io.permitguide.service.guidance;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Parent;
import io.permitguide.model.ParentRole;
import io.permitguide.model.Passport;
import io.permitguide.model.TravelFrequency;
import io.permitguide.model.Whereabouts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Cases for the guidance tests: the usual family, changed one fact at a time by each test, and the families of
 * the field report and of the nationality rules (issue 16), each as a case a family would enter.
 */
public final class GuidanceCases {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private GuidanceCases() {
    }

    /** Born in Beijing to a Chinese mother and a German father, German passport only, living in Beijing, a winter trip to Germany. */
    public static FamilyCase usual() {
        FamilyCase c = new FamilyCase();
        c.getChild().setFamilyName("Wang");
        c.getChild().setGivenNames("Lily");
        c.getChild().setChineseName("王丽");
        c.getChild().setBirthCountry("CN");
        c.getChild().setBirthDate(LocalDate.of(2020, 5, 1));
        c.getChild().getForeignPassports().add(new Passport("DE", "C01X00T47", LocalDate.of(2030, 1, 1)));
        c.getChild().setHasChinesePassport(false);
        c.getChild().setOnHukou(false);
        c.getChild().setNameMatchesBirthCertificate(true);
        c.getChild().setHadPermitBefore(false);
        Parent mother = c.getParents().get(0);
        mother.setRole(ParentRole.MOTHER);
        mother.setNationality("CN");
        mother.setSettledAbroadAtBirth(false);
        mother.setSameNationalityAtChildBirth(true);
        Parent father = c.getParents().get(1);
        father.setRole(ParentRole.FATHER);
        father.setNationality("DE");
        father.setSameNationalityAtChildBirth(true);
        c.getResidence().setWhereabouts(Whereabouts.IN_MAINLAND);
        c.getResidence().setCity("beijing");
        c.getTrip().setDestinationCountry("DE");
        c.getTrip().setDepartureDate(LocalDate.of(2027, 1, 20));
        c.getTrip().setReturnDate(LocalDate.of(2027, 2, 20));
        c.getTrip().setFrequency(TravelFrequency.ONCE);
        return c;
    }

    /** The parents in the other order: the answer must not change. */
    public static FamilyCase swapped(FamilyCase c) {
        List<Parent> parents = new ArrayList<>(c.getParents());
        java.util.Collections.reverse(parents);
        c.setParents(parents);
        return c;
    }

    private static Parent parent(ParentRole role, String nationality, Boolean settledAbroad) {
        Parent p = new Parent();
        p.setRole(role);
        p.setNationality(nationality);
        p.setSameNationalityAtChildBirth(true);
        p.setSettledAbroadAtBirth(settledAbroad);
        return p;
    }

    /** The blog post's own family (Beijing, 2019): born in Beijing, American passport only, no hukou, a trip to the US. */
    public static FamilyCase beijing2019() {
        FamilyCase c = usual();
        c.setParents(List.of(parent(ParentRole.MOTHER, "CN", false), parent(ParentRole.FATHER, "US", null)));
        c.getChild().getForeignPassports().set(0, new Passport("US", "A12345678", LocalDate.of(2030, 1, 1)));
        c.getTrip().setDestinationCountry("US");
        return c;
    }

    /**
     * The comment of 2023 from Beijing: a daughter born there in 2019, an English name on the Chinese birth
     * certificate, an American passport, no hukou; the bureau issued the permit once the family named the US.
     */
    public static FamilyCase beijing2023() {
        FamilyCase c = beijing2019();
        c.getChild().setChineseName("");
        c.getChild().setBirthDate(LocalDate.of(2019, 3, 1));
        return c;
    }

    /**
     * The Shanghai family: a son with Chinese and Belgian passports, on his mother's hukou in Yibin, living in
     * Shanghai; the Belgian passport carries his father's family name, the birth certificate his mother's. They got
     * the permit in Shanghai after bringing a consulate certificate of the name change.
     */
    public static FamilyCase shanghaiYibin() {
        FamilyCase c = usual();
        c.setParents(List.of(parent(ParentRole.MOTHER, "CN", false), parent(ParentRole.FATHER, "BE", null)));
        c.getParents().get(0).setHukouCity("宜宾");
        c.getChild().setBirthDate(LocalDate.of(2025, 5, 1));
        c.getChild().getForeignPassports().set(0, new Passport("BE", "EM123456", LocalDate.of(2030, 1, 1)));
        c.getChild().setHasChinesePassport(true);
        c.getChild().setOnHukou(true);
        c.getChild().setHukouCity("Yibin");
        c.getChild().setNameMatchesBirthCertificate(false);
        c.getResidence().setCity("shanghai");
        c.getTrip().setDestinationCountry("BE");
        return c;
    }

    /** A mother from Hong Kong (a Chinese national), a British father, a child born in Beijing and living there. */
    public static FamilyCase hongKongMother() {
        FamilyCase c = usual();
        c.setParents(List.of(parent(ParentRole.MOTHER, "HK", false), parent(ParentRole.FATHER, "GB", null)));
        c.getChild().getForeignPassports().set(0, new Passport("GB", "123456789", LocalDate.of(2030, 1, 1)));
        c.getTrip().setDestinationCountry("GB");
        return c;
    }

    /** A father from Macao, an American mother, a child born in Shanghai with an American passport. */
    public static FamilyCase macaoFather() {
        FamilyCase c = usual();
        c.setParents(List.of(parent(ParentRole.MOTHER, "US", null), parent(ParentRole.FATHER, "MO", false)));
        c.getChild().setBirthCountry("CN");
        c.getChild().getForeignPassports().set(0, new Passport("US", "A12345678", LocalDate.of(2030, 1, 1)));
        c.getResidence().setCity("shanghai");
        c.getTrip().setDestinationCountry("US");
        return c;
    }

    /**
     * A mother from Taiwan who had settled in Canada, a Canadian father, a child born in Canada with Canadian
     * nationality at birth, the family now in Shanghai: not a case for a visa on the nationality rules' say-so.
     */
    public static FamilyCase taiwanMother() {
        FamilyCase c = usual();
        c.setParents(List.of(parent(ParentRole.MOTHER, "TW", true), parent(ParentRole.FATHER, "CA", null)));
        c.getChild().setBirthCountry("CA");
        c.getChild().setForeignNationalityAtBirth(true);
        c.getChild().getForeignPassports().set(0, new Passport("CA", "AB123456", LocalDate.of(2030, 1, 1)));
        c.getResidence().setCity("shanghai");
        c.getTrip().setDestinationCountry("CA");
        return c;
    }

    /**
     * Two mainland Chinese parents, the father settled in the US at the birth, the mother not; the child born in
     * the US with US nationality at birth, the family now in Shanghai. Notice 2204号: not a Chinese national.
     */
    public static FamilyCase twoChineseParentsOneSettled() {
        FamilyCase c = usual();
        c.setParents(List.of(parent(ParentRole.MOTHER, "CN", false), parent(ParentRole.FATHER, "CN", true)));
        c.getChild().setBirthCountry("US");
        c.getChild().setForeignNationalityAtBirth(true);
        c.getChild().getForeignPassports().set(0, new Passport("US", "A12345678", LocalDate.of(2030, 1, 1)));
        c.getResidence().setCity("shanghai");
        c.getTrip().setDestinationCountry("US");
        return c;
    }

    /** The usual child with a German and a French passport, travelling to France. */
    public static FamilyCase twoForeignPassports() {
        FamilyCase c = usual();
        c.getChild().getForeignPassports().add(new Passport("FR", "19AB12345", LocalDate.of(2030, 1, 1)));
        c.getTrip().setDestinationCountry("FR");
        return c;
    }

    /** The usual family living in Germany for now. */
    public static FamilyCase livingInGermany() {
        FamilyCase c = usual();
        c.getResidence().setWhereabouts(Whereabouts.ABROAD);
        c.getResidence().setCountryAbroad("DE");
        return c;
    }

    /** Every named family, fresh on each call. */
    public static Map<String, Supplier<FamilyCase>> families() {
        Map<String, Supplier<FamilyCase>> all = new LinkedHashMap<>();
        all.put("usual", GuidanceCases::usual);
        all.put("Beijing 2019", GuidanceCases::beijing2019);
        all.put("Beijing 2023", GuidanceCases::beijing2023);
        all.put("Shanghai, hukou in Yibin", GuidanceCases::shanghaiYibin);
        all.put("Hong Kong mother", GuidanceCases::hongKongMother);
        all.put("Macao father", GuidanceCases::macaoFather);
        all.put("Taiwan mother", GuidanceCases::taiwanMother);
        all.put("two Chinese parents, one settled abroad", GuidanceCases::twoChineseParentsOneSettled);
        all.put("two foreign passports", GuidanceCases::twoForeignPassports);
        all.put("living in Germany", GuidanceCases::livingInGermany);
        return all;
    }
}
