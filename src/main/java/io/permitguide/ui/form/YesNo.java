package io.permitguide.ui.form;

/** A yes/no question that may not be answered yet; maps to a nullable Boolean in the case. */
public enum YesNo {
    YES, NO, UNKNOWN;

    public static YesNo of(Boolean value) {
        return value == null ? UNKNOWN : value ? YES : NO;
    }

    public Boolean toBoolean() {
        return this == UNKNOWN ? null : this == YES;
    }

    public String key() {
        return "choice." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
