package io.permitguide.model;

public enum MarriagePlace {
    CHINA, ABROAD, NOT_MARRIED, UNKNOWN
}
