package io.permitguide.service.guidance;

import io.permitguide.model.Child;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.Parent;
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
import java.util.Optional;

/** Works out the {@link Fact}s of a case; a fact the case leaves open is absent from the map. */
final class CaseFacts {
    private CaseFacts() {
    }

    static Map<Fact, Boolean> of(FamilyCase familyCase, CityProfiles cities, CityProfile city, PermitTimeline timeline) {
        Map<Fact, Boolean> facts = new EnumMap<>(Fact.class);
        Child child = familyCase.getChild();
        put(facts, Fact.BORN_IN_CHINA, blank(child.getBirthCountry()) ? null : Countries.isChina(child.getBirthCountry()));
        List<Parent> parents = familyCase.getParents();
        boolean anyChinese = parents.stream().anyMatch(Parent::isChinese);
        boolean allKnown = parents.stream().noneMatch(p -> blank(p.getNationality()));
        put(facts, Fact.HAS_CHINESE_PARENT, anyChinese ? Boolean.TRUE : allKnown ? Boolean.FALSE : null);
        put(facts, Fact.CHINESE_PARENT_SETTLED_ABROAD, familyCase.chineseParent().map(Parent::getSettledAbroadAtBirth).orElse(null));
        Optional<Passport> passport = child.mainPassport().filter(p -> !blank(p.getCountry()));
        facts.put(Fact.HAS_FOREIGN_PASSPORT, passport.isPresent());
        put(facts, Fact.HAS_CHINESE_PASSPORT, child.getHasChinesePassport());
        // Like the foreign passport, a Travel Document counts only once the family says the child has one.
        facts.put(Fact.HAS_TRAVEL_DOCUMENT, Boolean.TRUE.equals(child.getHasTravelDocument()));
        put(facts, Fact.ON_HUKOU, child.getOnHukou());
        String hukouCity = child.getHukouCity();
        String livesIn = familyCase.getResidence().getCity();
        if (!blank(hukouCity) && !blank(livesIn)) {
            facts.put(Fact.HUKOU_ELSEWHERE, !BureauCity.same(cities, hukouCity, livesIn));
        }
        Whereabouts where = familyCase.getResidence().getWhereabouts();
        put(facts, Fact.IN_MAINLAND, where == null || where == Whereabouts.UNKNOWN ? null : where == Whereabouts.IN_MAINLAND);
        put(facts, Fact.ABROAD, where == null || where == Whereabouts.UNKNOWN ? null : where == Whereabouts.ABROAD);
        TravelFrequency frequency = familyCase.getTrip().getFrequency();
        put(facts, Fact.TRAVELS_OFTEN, frequency == null ? null : frequency == TravelFrequency.OFTEN);
        put(facts, Fact.TRAVELS_SOMETIMES, frequency == null ? null : frequency == TravelFrequency.FEW_TIMES_A_YEAR);
        facts.put(Fact.TRIP_OUTLASTS_PERMIT, timeline.conflicts().stream()
                .anyMatch(c -> c.code() == ConflictCode.RETURN_AFTER_EXPIRY || c.code() == ConflictCode.TRIP_LONGER_THAN_VALIDITY));
        facts.put(Fact.DEPARTURE_BEFORE_READY, timeline.conflicts().stream()
                .anyMatch(c -> c.code() == ConflictCode.DEPARTURE_BEFORE_COLLECTION || c.code() == ConflictCode.APPLY_DEADLINE_PASSED));
        String destination = familyCase.getTrip().getDestinationCountry();
        if (!blank(destination)) {
            facts.put(Fact.DESTINATION_HONG_KONG_OR_MACAO, Countries.isHongKongOrMacao(destination));
            passport.ifPresent(p -> facts.put(Fact.DESTINATION_IS_PASSPORT_COUNTRY, p.getCountry().equalsIgnoreCase(destination)));
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

    /** The values rule texts quote; a value the case does not give is absent. */
    static Map<Detail, Object> details(PermitTimeline timeline, WorkingDayCalendar calendar, CityProfile city) {
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
        putText(details, Detail.LATEST_RETURN, timeline.latestReturn());
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
