package io.permitguide.model;

public enum Whereabouts {
    IN_MAINLAND, ABROAD, UNKNOWN
}
