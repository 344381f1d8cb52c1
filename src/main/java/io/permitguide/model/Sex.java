package io.permitguide.model;

public enum Sex {
    FEMALE, MALE
}
