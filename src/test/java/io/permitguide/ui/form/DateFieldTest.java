package io.permitguide.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A date field in a form as the window draws it. */
@ExtendWith(ApplicationExtension.class)
class DateFieldTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        stage.setScene(new Scene(new VBox(), 400, 300));
        stage.show();
    }

    @AfterEach
    void defaultTheme() {
        Application.setUserAgentStylesheet(null);
    }

    @Test
    void aDateFieldHasItsFullHeightInItsFirstFrame(FxRobot robot) {
        double[] heights = new double[3];
        robot.interact(() -> {
            DatePicker picker = new DatePicker();
            new DateField(picker, null, "not a date");
            TextField text = new TextField();
            VBox form = new VBox(picker, text);
            stage.getScene().setRoot(form);
            // One pulse: a CSS pass, then a layout pass, as for the first frame of a new form.
            form.applyCss();
            form.layout();
            heights[0] = picker.getHeight();
            heights[1] = text.getHeight();
            form.applyCss();
            form.layout();
            heights[2] = picker.getHeight();
        });
        assertEquals(heights[2], heights[0], "the first frame draws the date field at the height it keeps");
        assertEquals(heights[1], heights[0], "as high as a text field beside it");
    }
}
