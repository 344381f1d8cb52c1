package io.permitguide.ui;

/**
 * Controller of one section (Details, Guide, Checklist, Timeline, Packet). The main window loads the
 * section's FXML with the current bundle and hands it the selected case; a language switch reloads the FXML.
 */
public interface SectionController {
    /** Shows this case; called once per case selection. */
    void show(CaseContext context);

    /**
     * Shows this case in a section built ahead, in a tab the user has not opened yet: it may leave what matters only
     * on screen for its first visit, and then says so, so that {@link CaseContext.Listener#shownAfterChanges} is
     * called on it then. By default the same as {@link #show}.
     */
    default boolean showAhead(CaseContext context) {
        show(context);
        return false;
    }
}
