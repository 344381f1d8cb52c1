package io.permitguide.service.checklist;

import io.permitguide.model.ApplicationType;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.MarriagePlace;
import io.permitguide.model.Parent;
import io.permitguide.service.Countries;
import io.permitguide.service.city.BureauCity;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.city.DestinationPolicy;
import io.permitguide.service.guidance.TravelPassport;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
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
        if (c.getParents().stream().anyMatch(Parent::isChinese)) {
            facts.add(ChecklistFact.HAS_CHINESE_PARENT);
            if (noChineseParentRegisteredLocally(c)) {
                facts.add(ChecklistFact.CHINESE_PARENT_MAY_BE_REGISTERED_ELSEWHERE);
            }
        }
        String birthCountry = c.getChild().getBirthCountry();
        facts.add(birthCountry != null && !birthCountry.isBlank() && !Countries.isChina(birthCountry)
                ? ChecklistFact.BORN_ABROAD : ChecklistFact.NOT_BORN_ABROAD);
        if (Boolean.FALSE.equals(c.getChild().getNameMatchesBirthCertificate())) {
            facts.add(ChecklistFact.NAME_DIFFERS_FROM_BIRTH_CERTIFICATE);
        }
        if (c.getChild().getChineseName() == null || c.getChild().getChineseName().isBlank()) {
            facts.add(ChecklistFact.NO_CHINESE_NAME);
        }
        if (Boolean.TRUE.equals(c.getChild().getHadPermitBefore()) || c.getApplication().getType() == ApplicationType.RENEWAL) {
            facts.add(ChecklistFact.HAD_PERMIT_BEFORE);
        }
        if (Boolean.TRUE.equals(TravelPassport.runsOut(c, today))) {
            facts.add(ChecklistFact.FOREIGN_PASSPORT_RUNS_OUT);
        }
        LocalDate birth = c.getChild().getBirthDate();
        if (birth == null || Period.between(birth, today).getYears() < 16) {
            facts.add(ChecklistFact.UNDER_16);
        }
        return facts;
    }

    /**
     * No Chinese parent is known to have a hukou in the bureau's city: then the bureau wants the residence permit
     * (居住证). A blank hukou city counts as not known, so the paper stays on the list with its reason.
     */
    private static boolean noChineseParentRegisteredLocally(FamilyCase c) {
        String bureauCity = BureauCity.typed(c);
        return bureauCity.isBlank() || c.getParents().stream().filter(Parent::isChinese)
                .map(Parent::getHukouCity)
                .noneMatch(hukou -> hukou != null && !hukou.isBlank() && BureauCity.same(CityProfiles.bundled(), hukou, bureauCity));
    }
}
