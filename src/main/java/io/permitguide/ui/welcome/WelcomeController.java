package io.permitguide.ui.welcome;

import io.permitguide.ui.CaseContext;
import io.permitguide.ui.SectionController;
import javafx.fxml.FXML;
import javafx.scene.control.Button;

/** The first start: what the app does and for whom, and the two ways in. */
public final class WelcomeController implements SectionController {
    @FXML private Button startButton;
    @FXML private Button importButton;

    /** The welcome shows before there is any case: nothing of one to show. */
    @Override
    public void show(CaseContext context) {
    }

    /** The cursor on the first way in, so Enter starts. */
    public void focus() {
        startButton.requestFocus();
    }

    @FXML
    void onStart() {
        startButton.fireEvent(new WelcomeEvent(WelcomeEvent.START));
    }

    @FXML
    void onImport() {
        importButton.fireEvent(new WelcomeEvent(WelcomeEvent.IMPORT));
    }
}
