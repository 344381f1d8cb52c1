package io.permitguide.ui.welcome;

import javafx.event.Event;
import javafx.event.EventType;

/** The welcome's two ways in, fired on its buttons and handled by the main window. */
public final class WelcomeEvent extends Event {
    public static final EventType<WelcomeEvent> ANY = new EventType<>(Event.ANY, "WELCOME");
    /** Create a case and open the interview. */
    public static final EventType<WelcomeEvent> START = new EventType<>(ANY, "WELCOME_START");
    /** Import a case file. */
    public static final EventType<WelcomeEvent> IMPORT = new EventType<>(ANY, "WELCOME_IMPORT");

    public WelcomeEvent(EventType<WelcomeEvent> type) {
        super(type);
    }
}
