package io.permitguide.model;

public enum TripPurpose {
    VISIT_FAMILY, TOURISM, STUDY, OTHER
}
