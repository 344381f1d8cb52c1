package io.permitguide.service.city;

/**
 * A value of a city profile that the app shows and that needs its own source. A figure with no source in
 * {@link CityProfile#figureSources()} is shown as "not confirmed: ask the bureau".
 */
public enum CityFigure {
    PROCESSING_DAYS,
    LEGAL_LIMIT,
    PHOTOS,
    CHILD_ATTENDS,
    BOTH_PARENTS_FIRST_TIME,
    FOREIGN_PARENT_RESIDENCE_PERMIT,
    DESTINATION,
    BUREAU,
    ADDRESS,
    NOTES
}
