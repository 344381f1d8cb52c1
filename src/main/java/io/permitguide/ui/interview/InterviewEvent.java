package io.permitguide.ui.interview;

import javafx.event.Event;
import javafx.event.EventType;

/**
 * What a view asks of the main window about the interview, fired on one of its nodes and caught where the window
 * handles it: the views need no reference to the window.
 */
public final class InterviewEvent extends Event {
    public static final EventType<InterviewEvent> ANY = new EventType<>(Event.ANY, "INTERVIEW");
    /** Open the interview for the selected case (the Guide's button). */
    public static final EventType<InterviewEvent> OPEN = new EventType<>(ANY, "INTERVIEW_OPEN");
    /** The last question is answered: show the Guide's answer. */
    public static final EventType<InterviewEvent> FINISHED = new EventType<>(ANY, "INTERVIEW_FINISHED");
    /** The family would rather fill in the form: show Details. */
    public static final EventType<InterviewEvent> TO_FORM = new EventType<>(ANY, "INTERVIEW_TO_FORM");

    public InterviewEvent(EventType<InterviewEvent> type) {
        super(type);
    }
}
