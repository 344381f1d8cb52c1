package io.permitguide.service.interview;

import static io.permitguide.service.guidance.Fact.ABROAD;
import static io.permitguide.service.guidance.Fact.BORN_ABROAD;
import static io.permitguide.service.guidance.Fact.BORN_IN_CHINA;
import static io.permitguide.service.guidance.Fact.BORN_IN_HONG_KONG_MACAO_TAIWAN;
import static io.permitguide.service.guidance.Fact.CHINESE_PARENT_FROM_HONG_KONG_MACAO_TAIWAN;
import static io.permitguide.service.guidance.Fact.CHINESE_PARENT_SETTLED_ABROAD;
import static io.permitguide.service.guidance.Fact.CITY_DESTINATION_UNCLEAR;
import static io.permitguide.service.guidance.Fact.CITY_NOT_PROFILED;
import static io.permitguide.service.guidance.Fact.CITY_REPORTED_MULTIPLE_ENTRY;
import static io.permitguide.service.guidance.Fact.CITY_RESTRICTS_DESTINATION;
import static io.permitguide.service.guidance.Fact.DEPARTURE_BEFORE_READY;
import static io.permitguide.service.guidance.Fact.DESTINATION_HONG_KONG_OR_MACAO;
import static io.permitguide.service.guidance.Fact.DESTINATION_IS_PASSPORT_COUNTRY;
import static io.permitguide.service.guidance.Fact.FOREIGN_PASSPORT_RUNS_OUT;
import static io.permitguide.service.guidance.Fact.HAS_CHINESE_PARENT;
import static io.permitguide.service.guidance.Fact.HAS_FOREIGN_PASSPORT;
import static io.permitguide.service.guidance.Fact.HUKOU_ELSEWHERE;
import static io.permitguide.service.guidance.Fact.IN_HONG_KONG_MACAO_TAIWAN;
import static io.permitguide.service.guidance.Fact.IN_MAINLAND;
import static io.permitguide.service.guidance.Fact.NAME_DIFFERS_FROM_BIRTH_CERTIFICATE;
import static io.permitguide.service.guidance.Fact.TRAVELS_OFTEN;
import static io.permitguide.service.guidance.Fact.TRAVELS_SOMETIMES;
import static io.permitguide.service.guidance.Fact.TRIP_OUTLASTS_PERMIT;

import io.permitguide.service.guidance.Fact;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every fact a question's answer can ever change, whatever the rest of the case says: read off how the facts are
 * worked out from the case (guidance.CaseFacts). Generous on purpose (a city changes every fact of its bureau and the
 * permit's dates): the progress counts a question as still possible from these, and a fact missed here could make
 * the total grow. QuestionFactsTest tries answers on many cases to hold this list to the code.
 */
final class QuestionFacts {
    private static final Set<Fact> PARENTS = EnumSet.of(HAS_CHINESE_PARENT, CHINESE_PARENT_FROM_HONG_KONG_MACAO_TAIWAN, CHINESE_PARENT_SETTLED_ABROAD);
    private static final Set<Fact> WHERE = EnumSet.of(IN_MAINLAND, ABROAD, IN_HONG_KONG_MACAO_TAIWAN);
    private static final Set<Fact> CITY = EnumSet.of(HUKOU_ELSEWHERE, CITY_RESTRICTS_DESTINATION, CITY_DESTINATION_UNCLEAR,
            CITY_REPORTED_MULTIPLE_ENTRY, CITY_NOT_PROFILED, TRIP_OUTLASTS_PERMIT, DEPARTURE_BEFORE_READY);

    private QuestionFacts() {
    }

    static Set<Fact> changedBy(Question question) {
        return switch (question) {
            case BIRTH_COUNTRY -> EnumSet.of(BORN_IN_CHINA, BORN_ABROAD, BORN_IN_HONG_KONG_MACAO_TAIWAN);
            case PARENT_NATIONALITIES, SAME_NATIONALITY_AT_BIRTH, NATIONALITIES_AT_BIRTH, CHINESE_PARENT_SETTLED -> PARENTS;
            case PASSPORT_COUNTRY -> EnumSet.of(HAS_FOREIGN_PASSPORT, DESTINATION_IS_PASSPORT_COUNTRY);
            case FOREIGN_NATIONALITY_AT_BIRTH -> EnumSet.of(Fact.FOREIGN_NATIONALITY_AT_BIRTH);
            case HAS_CHINESE_PASSPORT -> EnumSet.of(Fact.HAS_CHINESE_PASSPORT);
            case HAS_TRAVEL_DOCUMENT -> EnumSet.of(Fact.HAS_TRAVEL_DOCUMENT);
            case WHEREABOUTS, COUNTRY_ABROAD -> WHERE;
            case RESIDENCE_CITY, HUKOU_CITY -> CITY;
            case ON_HUKOU -> EnumSet.of(Fact.ON_HUKOU);
            case NAME_MATCHES -> EnumSet.of(NAME_DIFFERS_FROM_BIRTH_CERTIFICATE);
            case DESTINATION -> EnumSet.of(DESTINATION_IS_PASSPORT_COUNTRY, DESTINATION_HONG_KONG_OR_MACAO);
            case TRIP_DATES -> EnumSet.of(TRIP_OUTLASTS_PERMIT, DEPARTURE_BEFORE_READY, FOREIGN_PASSPORT_RUNS_OUT);
            case FREQUENCY -> EnumSet.of(TRAVELS_OFTEN, TRAVELS_SOMETIMES);
        };
    }
}
