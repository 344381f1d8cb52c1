package io.permitguide.service.timeline;

import io.permitguide.service.i18n.Messages;
import java.time.LocalDate;

/** The words for a timeline, shared by the window and the command line so both say the same thing. */
public final class TimelineTexts {
    /** How near the next deadline is; the case list colours by it. */
    public enum Urgency {
        /** More than {@value #SOON_DAYS} days to go. */
        OK,
        /** {@value #URGENT_DAYS} to {@value #SOON_DAYS} days. */
        SOON,
        /** A week or less, passed, or expired. */
        URGENT,
        /** Nothing to count down to. */
        NONE
    }

    static final int SOON_DAYS = 30;
    static final int URGENT_DAYS = 7;

    private TimelineTexts() {
    }

    /** A full sentence: "Valid: 88 days left (expires 2025-06-01)". */
    public static String status(PermitStatus status, Messages messages) {
        String key = "timeline.status." + status.state().name();
        if (status.deadline() == null) {
            return messages.get(messages.has(key + ".none") ? key + ".none" : key);
        }
        if (status.state() == PermitState.NOT_APPLIED && status.daysLeft() < 0) {
            return messages.get(key + ".late", status.deadline().toString());
        }
        return messages.get(key, status.deadline().toString(), status.daysLeft());
    }

    /** The short line under a case in the list: "Valid: 12 days left". */
    public static String caseListLine(PermitStatus status, Messages messages) {
        String state = messages.of(status.state());
        if (!status.hasCountdown() || status.daysLeft() < 0) {
            return state;
        }
        return status.daysLeft() == 0
                ? messages.get("timeline.caseList.today", state)
                : messages.get("timeline.caseList.daysLeft", state, status.daysLeft());
    }

    public static Urgency urgency(PermitStatus status) {
        if (status.state() == PermitState.EXPIRED) {
            return Urgency.URGENT;
        }
        if (!status.hasCountdown()) {
            return Urgency.NONE;
        }
        if (status.daysLeft() <= URGENT_DAYS) {
            return Urgency.URGENT;
        }
        return status.daysLeft() <= SOON_DAYS ? Urgency.SOON : Urgency.OK;
    }

    public static String conflict(Conflict conflict, Messages messages) {
        return messages.get(conflict.messageKey(), conflict.arguments());
    }

    public static String advice(Conflict conflict, Messages messages) {
        return messages.get(conflict.adviceKey());
    }

    /** A date, "—" when unknown, with a note when it is an estimate or a proposal. */
    public static String date(LocalDate date, boolean estimate, boolean proposed, Messages messages) {
        if (date == null) {
            return messages.get("timeline.unknown");
        }
        if (estimate) {
            return messages.get("timeline.dateWithNote", date.toString(), messages.get("timeline.estimate"));
        }
        if (proposed) {
            return messages.get("timeline.dateWithNote", date.toString(), messages.get("timeline.proposed"));
        }
        return date.toString();
    }
}
