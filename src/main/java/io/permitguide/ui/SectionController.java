package io.permitguide.ui;

/**
 * Controller of one section (Details, Guide, Checklist, Timeline, Packet). The main window loads the
 * section's FXML with the current bundle and hands it the selected case; a language switch reloads the FXML.
 */
public interface SectionController {
    /** Shows this case; called once per case selection. */
    void show(CaseContext context);
}
