package io.permitguide.model;

public enum ParentRole {
    MOTHER, FATHER
}
