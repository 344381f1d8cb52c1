package io.permitguide.service.guidance;

import io.permitguide.model.Child;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.Passport;
import io.permitguide.model.TravelFrequency;
import io.permitguide.model.Whereabouts;
import io.permitguide.service.Countries;
import io.permitguide.service.calendar.WorkingDayCalendar;
import io.permitguide.service.city.BureauCity;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.city.DestinationPolicy;
import io.permitguide.service.timeline.ConflictCode;
import io.permitguide.service.timeline.PermitTimeline;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Works out the {@link Fact}s of a case; a fact the case leaves open is absent from the map. */
final class CaseFacts {
    private CaseFacts() {
    }

    static Map<Fact, Boolean> of(FamilyCase familyCase, CityProfiles cities, CityProfile city, PermitTimeline timeline) {
        Map<Fact, Boolean> facts = new EnumMap<>(Fact.class);
        Child child = familyCase.getChild();
        Place born = Place.of(child.getBirthCountry());
        put(facts, Fact.BORN_IN_CHINA, born == null ? null : born == Place.MAINLAND);
        put(facts, Fact.BORN_ABROAD, born == null ? null : born == Place.ABROAD);
        put(facts, Fact.BORN_IN_HONG_KONG_MACAO_TAIWAN, born == null ? null : born == Place.HONG_KONG_MACAO_TAIWAN);
        ParentsAtBirth parents = new ParentsAtBirth(familyCase.getParents());
        put(facts, Fact.HAS_CHINESE_PARENT, parents.anyChinese());
        put(facts, Fact.CHINESE_PARENT_FROM_HONG_KONG_MACAO_TAIWAN, parents.anyFromHongKongMacaoTaiwan());
        put(facts, Fact.CHINESE_PARENT_SETTLED_ABROAD, parents.anyChineseSettledAbroad());
        put(facts, Fact.FOREIGN_NATIONALITY_AT_BIRTH, child.getForeignNationalityAtBirth());
        // Every foreign passport counts, not only the first one listed.
        List<String> passportCountries = child.getForeignPassports().stream().map(Passport::getCountry).filter(c -> !blank(c)).toList();
        facts.put(Fact.HAS_FOREIGN_PASSPORT, !passportCountries.isEmpty());
        put(facts, Fact.HAS_CHINESE_PASSPORT, child.getHasChinesePassport());
        // Like the foreign passport, a Travel Document counts only once the family says the child has one.
        facts.put(Fact.HAS_TRAVEL_DOCUMENT, Boolean.TRUE.equals(child.getHasTravelDocument()));
        put(facts, Fact.ON_HUKOU, child.getOnHukou());
        String hukouCity = child.getHukouCity();
        String livesIn = familyCase.getResidence().getCity();
        if (!blank(hukouCity) && !blank(livesIn)) {
            facts.put(Fact.HUKOU_ELSEWHERE, !BureauCity.same(cities, hukouCity, livesIn));
        }
        residence(facts, familyCase.getResidence().getWhereabouts(), familyCase.getResidence().getCountryAbroad());
        TravelFrequency frequency = familyCase.getTrip().getFrequency();
        put(facts, Fact.TRAVELS_OFTEN, frequency == null ? null : frequency == TravelFrequency.OFTEN);
        put(facts, Fact.TRAVELS_SOMETIMES, frequency == null ? null : frequency == TravelFrequency.FEW_TIMES_A_YEAR);
        facts.put(Fact.TRIP_OUTLASTS_PERMIT, timeline.conflicts().stream()
                .anyMatch(c -> c.code() == ConflictCode.RETURN_AFTER_EXPIRY || c.code() == ConflictCode.TRIP_LONGER_THAN_VALIDITY));
        facts.put(Fact.DEPARTURE_BEFORE_READY, timeline.conflicts().stream()
                .anyMatch(c -> c.code() == ConflictCode.DEPARTURE_BEFORE_COLLECTION || c.code() == ConflictCode.APPLY_DEADLINE_PASSED));
        put(facts, Fact.FOREIGN_PASSPORT_RUNS_OUT, TravelPassport.runsOut(familyCase, timeline.today()));
        String destination = familyCase.getTrip().getDestinationCountry();
        if (!blank(destination)) {
            facts.put(Fact.DESTINATION_HONG_KONG_OR_MACAO, Countries.isHongKongOrMacao(destination));
            if (!passportCountries.isEmpty()) {
                facts.put(Fact.DESTINATION_IS_PASSPORT_COUNTRY, passportCountries.stream().anyMatch(c -> c.equalsIgnoreCase(destination.strip())));
            }
        }
        facts.put(Fact.CITY_RESTRICTS_DESTINATION, city.destinationPolicy() == DestinationPolicy.PASSPORT_COUNTRY_ONLY);
        facts.put(Fact.CITY_DESTINATION_UNCLEAR, city.destinationPolicy() == DestinationPolicy.UNCLEAR);
        facts.put(Fact.CITY_REPORTED_MULTIPLE_ENTRY, city.offersMultipleEntry());
        facts.put(Fact.CITY_NOT_PROFILED, city.fallback());
        Boolean nameMatches = child.getNameMatchesBirthCertificate();
        put(facts, Fact.NAME_DIFFERS_FROM_BIRTH_CERTIFICATE, nameMatches == null ? null : !nameMatches);
        facts.put(Fact.HAS_CHINESE_NAME, !blank(child.getChineseName()));
        put(facts, Fact.HAD_PERMIT_BEFORE, child.getHadPermitBefore());
        return facts;
    }

    /**
     * Where the family is: in the mainland, or outside it in Hong Kong, Macao or Taiwan (not "abroad" for these
     * rules: no consulate there issues a first Travel Document), or abroad; outside the mainland with no country
     * given, only "not in the mainland" is known.
     */
    private static void residence(Map<Fact, Boolean> facts, Whereabouts where, String countryAbroad) {
        if (where == null || where == Whereabouts.UNKNOWN) {
            return;
        }
        facts.put(Fact.IN_MAINLAND, where == Whereabouts.IN_MAINLAND);
        Place place = where == Whereabouts.IN_MAINLAND ? Place.MAINLAND : Place.of(countryAbroad);
        put(facts, Fact.ABROAD, place == null ? null : place == Place.ABROAD);
        put(facts, Fact.IN_HONG_KONG_MACAO_TAIWAN, place == null ? null : place == Place.HONG_KONG_MACAO_TAIWAN);
    }

    /** The values rule texts quote; a value the case does not give is absent. */
    static Map<Detail, Object> details(FamilyCase familyCase, PermitTimeline timeline, WorkingDayCalendar calendar,
                                       CityProfile city) {
        Map<Detail, Object> details = new EnumMap<>(Detail.class);
        details.put(Detail.CITY, new Finding.TextArg(city.nameKey()));
        details.put(Detail.FEE_YUAN, city.usualValidity().feeYuan());
        putText(details, Detail.DEPARTURE, timeline.plannedDeparture());
        putText(details, Detail.RETURN, timeline.plannedReturn());
        LocalDate readyBy = timeline.expectedCollection() != null ? timeline.expectedCollection()
                : calendar.addWorkingDays(timeline.today(), timeline.processingWorkingDays());
        putText(details, Detail.READY_BY, readyBy);
        details.put(Detail.PROCESSING_DAYS, timeline.processingWorkingDays());
        details.put(Detail.VALIDITY_MONTHS, timeline.validityMonths());
        putText(details, Detail.LAST_DAY_TO_APPLY, timeline.lastDayToApply());
        if (timeline.latestReturn() != null && timeline.expiryProposed()) {
            // Worked out from the issue date, as the Timeline and the packet say: the date printed on the permit counts.
            details.put(Detail.LATEST_RETURN, new Finding.TextArg("guide.next.proposedDate", List.of(timeline.latestReturn().toString())));
        } else {
            putText(details, Detail.LATEST_RETURN, timeline.latestReturn());
        }
        putText(details, Detail.PASSPORT_EXPIRY, TravelPassport.expiry(familyCase));
        return details;
    }


    private static void putText(Map<Detail, Object> details, Detail detail, LocalDate date) {
        if (date != null) {
            details.put(detail, date.toString());
        }
    }

    private static void put(Map<Fact, Boolean> facts, Fact fact, Boolean value) {
        if (value != null) {
            facts.put(fact, value);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
