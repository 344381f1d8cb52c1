package io.permitguide.model;

public enum ItemState {
    TO_GET, HAVE, COPIED, HANDED_IN
}
