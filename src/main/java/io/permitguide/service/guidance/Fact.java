package io.permitguide.service.guidance;

/**
 * A yes/no fact about the case that rules test. Each is computed by {@link CaseFacts}; a fact the case does
 * not answer yet is unknown, and a rule that needs it does not fire.
 */
public enum Fact {
    BORN_IN_CHINA,
    HAS_CHINESE_PARENT,
    CHINESE_PARENT_SETTLED_ABROAD,
    HAS_FOREIGN_PASSPORT,
    HAS_CHINESE_PASSPORT,
    HAS_TRAVEL_DOCUMENT,
    ON_HUKOU,
    HUKOU_ELSEWHERE,
    IN_MAINLAND,
    ABROAD,
    TRAVELS_OFTEN,
    TRAVELS_SOMETIMES,
    TRIP_OUTLASTS_PERMIT,
    DEPARTURE_BEFORE_READY,
    DESTINATION_IS_PASSPORT_COUNTRY,
    DESTINATION_HONG_KONG_OR_MACAO,
    CITY_RESTRICTS_DESTINATION,
    CITY_DESTINATION_UNCLEAR,
    CITY_REPORTED_MULTIPLE_ENTRY,
    CITY_NOT_PROFILED,
    NAME_DIFFERS_FROM_BIRTH_CERTIFICATE,
    HAS_CHINESE_NAME,
    HAD_PERMIT_BEFORE
}
