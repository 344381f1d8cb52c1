package io.permitguide.service.checklist;

/** What decides whether an item belongs on the list; computed by {@link ChecklistFacts}. */
public enum ChecklistFact {
    CITY_TAKES_CHILD_PHOTO,
    CITY_WANTS_PRINTED_PHOTOS,
    CITY_WANTS_BOTH_PARENTS_FIRST_TIME,
    CITY_WANTS_FOREIGN_PARENT_RESIDENCE_PERMIT,
    CITY_CHECKS_DESTINATION,
    FIRST_APPLICATION,
    MARRIED,
    MARRIED_ABROAD,
    HAS_CHINESE_PARENT,
    /** No Chinese parent is known to be registered (hukou) in the bureau's city: unknown counts, so the paper is listed. */
    CHINESE_PARENT_MAY_BE_REGISTERED_ELSEWHERE,
    /** Born outside the mainland (known): no 出生医学证明, the foreign certificate instead. */
    BORN_ABROAD,
    /** Born in the mainland, or not known: the 出生医学证明. */
    NOT_BORN_ABROAD,
    NAME_DIFFERS_FROM_BIRTH_CERTIFICATE,
    NO_CHINESE_NAME,
    HAD_PERMIT_BEFORE,
    UNDER_16,
    /** The foreign passport the child travels on has expired or runs out before the return (as the Guide warns). */
    FOREIGN_PASSPORT_RUNS_OUT
}
