package io.permitguide.model;

public enum ApplicationType {
    FIRST, RENEWAL, REPLACEMENT
}
