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
    CHINESE_PARENT_NOT_REGISTERED_LOCALLY,
    NAME_DIFFERS_FROM_BIRTH_CERTIFICATE,
    NO_CHINESE_NAME,
    HAD_PERMIT_BEFORE,
    UNDER_16
}
