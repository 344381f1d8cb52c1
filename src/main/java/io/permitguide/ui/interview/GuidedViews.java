package io.permitguide.ui.interview;

import io.permitguide.service.i18n.Messages;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.Views;
import io.permitguide.ui.welcome.WelcomeController;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The welcome and the interview in the main window's case pane, in place of the case's sections. The welcome is
 * loaded only when shown. The interview is built ahead ({@link #prepare()}) and waits hidden in the pane; an opened
 * interview is taken out of the scene when it closes, and a fresh one is built for the next time.
 */
public final class GuidedViews {
    private final StackPane pane;
    private final Node sections;
    private final Node noSelection;
    private final Messages messages;
    private Views.Loaded<WelcomeController> welcome;
    private Views.Loaded<InterviewController> interview;
    private Views.Loaded<InterviewController> ready;
    private boolean preparing;

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

    /**
     * Builds the interview on a background thread and puts it into the pane hidden, where the window styles it while
     * the family reads: opening it then only fills it in. Built at the click, its styling alone took one frame of
     * 55-100 ms (docs/responsiveness.md).
     */
    public void prepare() {
        if (ready != null || preparing || interview != null) {
            return;
        }
        preparing = true;
        Views.<InterviewController>loadInBackground("Interview", messages, null, loaded -> {
            preparing = false;
            if (interview != null) {
                return; // one was opened meanwhile; the next is built when it closes
            }
            setShown(loaded.root(), false);
            pane.getChildren().add(0, loaded.root());
            ready = loaded;
        }, () -> preparing = false); // built when opened, where any error is reported
    }

    /** The interview for this case, from its first question, with the cursor in the answer. */
    public void openInterview(CaseContext context) {
        closeInterview();
        if (ready != null) {
            interview = ready;
            ready = null;
        } else {
            interview = Views.load("Interview", messages);
            pane.getChildren().add(interview.root());
        }
        interview.controller().show(context);
        sections.setVisible(false);
        setShown(interview.root(), true);
        interview.root().toFront();
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
            prepare();
        }
    }

    /** Hidden and out of the pane's layout, but still in the scene, where it is styled. */
    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** The interview's controller while it is open, else null (for tests). */
    public InterviewController interview() {
        return interview == null ? null : interview.controller();
    }
}
