package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.collections.FXCollections;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's stylesheet gives ControlsFX's search field the colours it looks up (it was written for JavaFX's own
 * theme): without them JavaFX logs a warning at each focus and draws no focus ring around the search.
 */
class ThemeLookupsTest extends ApplicationTest {
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Logger css = Logger.getLogger("javafx.css");
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Override
    public void start(Stage stage) {
        css.addHandler(collect);
        SearchableComboBox<String> countries = new SearchableComboBox<>(FXCollections.observableArrayList("Chile", "China"));
        countries.setId("countries");
        MainWindow.prepare(stage, new VBox(12, new TextField(), countries));
        stage.show();
    }

    @AfterEach
    void stopCollecting() {
        css.removeHandler(collect);
    }

    @Test
    void theSearchFieldOfACountryBoxFindsEveryColourItLooksUp() {
        clickOn("#countries").write("Chi");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup(".custom-text-field").tryQuery().isPresent(), "the search field is shown");
        assertTrue(warnings.isEmpty(), warnings.toString());
    }
}
