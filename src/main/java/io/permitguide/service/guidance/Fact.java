package io.permitguide.service.guidance;

/**
 * A yes/no fact about the case that rules test. Each is computed by {@link CaseFacts}; a fact the case does
 * not answer yet is unknown, and a rule that needs it does not fire. Facts about the parents read every parent
 * (either one counts, in any order) and their nationality when the child was born, as Nationality Law arts. 4-5 do.
 */
public enum Fact {
    /** Born in mainland China. */
    BORN_IN_CHINA,
    /** Born outside China: not in the mainland, Hong Kong, Macao or Taiwan. */
    BORN_ABROAD,
    BORN_IN_HONG_KONG_MACAO_TAIWAN,
    /** A parent was a Chinese national when the child was born (from the mainland, Hong Kong, Macao or Taiwan). */
    HAS_CHINESE_PARENT,
    /** A parent was, at the birth, a Chinese national from Hong Kong, Macao or Taiwan. */
    CHINESE_PARENT_FROM_HONG_KONG_MACAO_TAIWAN,
    /** Either Chinese parent had settled abroad when the child was born (notice 公境〔2008〕2204号). */
    CHINESE_PARENT_SETTLED_ABROAD,
    /** The child got a foreign nationality at birth, as the family says; a passport alone does not tell. */
    FOREIGN_NATIONALITY_AT_BIRTH,
    /** The child holds at least one foreign passport. */
    HAS_FOREIGN_PASSPORT,
    HAS_CHINESE_PASSPORT,
    HAS_TRAVEL_DOCUMENT,
    ON_HUKOU,
    HUKOU_ELSEWHERE,
    IN_MAINLAND,
    /** Outside China: not in the mainland, Hong Kong, Macao or Taiwan. */
    ABROAD,
    IN_HONG_KONG_MACAO_TAIWAN,
    TRAVELS_OFTEN,
    TRAVELS_SOMETIMES,
    TRIP_OUTLASTS_PERMIT,
    DEPARTURE_BEFORE_READY,
    /** The foreign passport the child travels on has expired, or expires before the planned return. */
    FOREIGN_PASSPORT_RUNS_OUT,
    /** The destination is the country of any of the child's foreign passports. */
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
