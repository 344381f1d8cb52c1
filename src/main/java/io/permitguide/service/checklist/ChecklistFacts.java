package io.permitguide.service.checklist;

import io.permitguide.model.ApplicationType;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.MarriagePlace;
import io.permitguide.model.Parent;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.city.DestinationPolicy;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The facts of a case that hold. */
final class ChecklistFacts {
    private ChecklistFacts() {
    }

    static Set<ChecklistFact> of(FamilyCase c, CityProfile city, LocalDate today) {
        Set<ChecklistFact> facts = EnumSet.noneOf(ChecklistFact.class);
        if (city.childAttends()) {
            facts.add(ChecklistFact.CITY_TAKES_CHILD_PHOTO);
        }
        if (city.photos() > 0) {
            facts.add(ChecklistFact.CITY_WANTS_PRINTED_PHOTOS);
        }
        if (city.bothParentsFirstTime()) {
            facts.add(ChecklistFact.CITY_WANTS_BOTH_PARENTS_FIRST_TIME);
        }
        if (city.foreignParentResidencePermit()) {
            facts.add(ChecklistFact.CITY_WANTS_FOREIGN_PARENT_RESIDENCE_PERMIT);
        }
        if (city.destinationPolicy() != DestinationPolicy.ANY) {
            facts.add(ChecklistFact.CITY_CHECKS_DESTINATION);
        }
        if (c.getApplication().getType() != ApplicationType.RENEWAL && !Boolean.TRUE.equals(c.getChild().getHadPermitBefore())) {
            facts.add(ChecklistFact.FIRST_APPLICATION);
        }
        if (c.getMarriage() != MarriagePlace.NOT_MARRIED) {
            facts.add(ChecklistFact.MARRIED);
        }
        if (c.getMarriage() == MarriagePlace.ABROAD) {
            facts.add(ChecklistFact.MARRIED_ABROAD);
        }
        if (chineseParentNotLocal(c)) {
            facts.add(ChecklistFact.CHINESE_PARENT_NOT_REGISTERED_LOCALLY);
        }
        if (Boolean.FALSE.equals(c.getChild().getNameMatchesBirthCertificate())) {
            facts.add(ChecklistFact.NAME_DIFFERS_FROM_BIRTH_CERTIFICATE);
        }
        if (c.getChild().getChineseName() == null || c.getChild().getChineseName().isBlank()) {
            facts.add(ChecklistFact.NO_CHINESE_NAME);
        }
        if (Boolean.TRUE.equals(c.getChild().getHadPermitBefore()) || c.getApplication().getType() == ApplicationType.RENEWAL) {
            facts.add(ChecklistFact.HAD_PERMIT_BEFORE);
        }
        LocalDate birth = c.getChild().getBirthDate();
        if (birth == null || Period.between(birth, today).getYears() < 16) {
            facts.add(ChecklistFact.UNDER_16);
        }
        return facts;
    }

    /** The Chinese parent's hukou is in another city than the bureau's: then it wants the residence permit (居住证). */
    private static boolean chineseParentNotLocal(FamilyCase c) {
        Optional<Parent> chinese = c.chineseParent();
        if (chinese.isEmpty()) {
            return false;
        }
        String hukou = chinese.get().getHukouCity();
        if (hukou == null || hukou.isBlank()) {
            return false;
        }
        CityProfiles cities = CityProfiles.bundled();
        String applied = c.getApplication().getCity() == null || c.getApplication().getCity().isBlank()
                ? c.getResidence().getCity() : c.getApplication().getCity();
        if (applied == null || applied.isBlank()) {
            return false;
        }
        String hukouId = cities.find(hukou).map(CityProfile::id).orElse(hukou.strip().toLowerCase(java.util.Locale.ROOT));
        String appliedId = cities.find(applied).map(CityProfile::id).orElse(applied.strip().toLowerCase(java.util.Locale.ROOT));
        return !hukouId.equals(appliedId);
    }
}
