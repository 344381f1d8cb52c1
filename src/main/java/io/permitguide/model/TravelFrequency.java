package io.permitguide.model;

public enum TravelFrequency {
    ONCE, FEW_TIMES_A_YEAR, OFTEN
}
