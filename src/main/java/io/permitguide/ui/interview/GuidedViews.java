package io.permitguide.ui.interview;

import io.permitguide.service.i18n.Messages;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.Views;
import io.permitguide.ui.welcome.WelcomeController;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The welcome and the interview in the main window's case pane, in place of the case's sections. Each is loaded
 * only when shown and taken out of the scene when not, so neither costs anything to a window that does not use it.
 */
public final class GuidedViews {
    private final StackPane pane;
    private final Node sections;
    private final Node noSelection;
    private final Messages messages;
    private Views.Loaded<WelcomeController> welcome;
    private Views.Loaded<InterviewController> interview;

    public GuidedViews(StackPane pane, Node sections, Node noSelection, Messages messages) {
        this.pane = pane;
        this.sections = sections;
        this.noSelection = noSelection;
        this.messages = messages;
    }

    /**
     * After the selection changed (call before showing the sections): the welcome when there is no case at all, the
     * "select a case" hint when there are cases but none selected, and never the interview of another case.
     */
    public void caseShown(boolean anySelected, boolean noCases) {
        closeInterview();
        boolean showWelcome = !anySelected && noCases;
        if (showWelcome && welcome == null) {
            welcome = Views.load("Welcome", messages);
            pane.getChildren().add(welcome.root());
            Platform.runLater(this::focusWelcome);
        } else if (!showWelcome && welcome != null) {
            pane.getChildren().remove(welcome.root());
            welcome = null;
        }
        noSelection.setVisible(!anySelected && !showWelcome);
    }

    /** Puts the cursor on the welcome's first button; false when the welcome is not shown. */
    public boolean focusWelcome() {
        if (welcome == null) {
            return false;
        }
        welcome.controller().focus();
        return true;
    }

    /** The interview for this case, from its first question, with the cursor in the answer. */
    public void openInterview(CaseContext context) {
        closeInterview();
        interview = Views.load("Interview", messages);
        interview.controller().show(context);
        sections.setVisible(false);
        pane.getChildren().add(interview.root());
        InterviewController shown = interview.controller();
        shown.focusAnswer();
        // Once more after the pulse: a button that opened it and left the scene hands the focus on at that moment.
        Platform.runLater(() -> {
            if (interview != null && interview.controller() == shown) {
                shown.focusAnswer();
            }
        });
    }

    /** Back to the case's sections. */
    public void closeInterview() {
        if (interview != null) {
            pane.getChildren().remove(interview.root());
            interview = null;
            sections.setVisible(true);
        }
    }

    /** The interview's controller while it is open, else null (for tests). */
    public InterviewController interview() {
        return interview == null ? null : interview.controller();
    }
}
