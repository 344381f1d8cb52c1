package io.permitguide.service.interview;

/** The control a question is answered with, and so the values its slots hold. */
public enum AnswerKind {
    /** One country (ISO 3166 code, "" when not given). */
    COUNTRY,
    /** One country for each parent. */
    COUNTRY_PAIR,
    /** Yes or no (a Boolean, null when not given). */
    YES_NO,
    /** In the mainland or outside it. */
    WHEREABOUTS,
    /** A city profile id or a city name as typed. */
    CITY,
    /** From one date to another (the first may be given alone). */
    DATE_RANGE,
    /** How often the child travels. */
    FREQUENCY
}
