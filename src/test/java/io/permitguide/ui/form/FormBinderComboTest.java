package io.permitguide.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.Language;
import io.permitguide.service.Countries;
import io.permitguide.service.i18n.Messages;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A country box of a form, as the family opens it. */
@ExtendWith(ApplicationExtension.class)
class FormBinderComboTest {
    private final AtomicReference<String> country = new AtomicReference<>("");
    private ComboBox<String> plain;
    private SearchableComboBox<String> searchable;

    @Start
    void start(Stage stage) {
        FormBinder form = new FormBinder(Messages.of(Language.EN), () -> { });
        plain = new ComboBox<>();
        searchable = new SearchableComboBox<>();
        for (ComboBox<String> box : java.util.List.of(plain, searchable)) {
            box.setMaxWidth(Double.MAX_VALUE); // as the forms' boxes, which fill their column
            form.country(box, country::get, country::set);
        }
        stage.setScene(new Scene(new VBox(12, plain, searchable), 420, 300));
        stage.show();
    }

    @Test
    void theListOfAFormsCountryBoxHasEveryCountryAndIsAsWideAsTheBox(FxRobot robot) throws Exception {
        robot.interact(plain::show);
        ListView<?> list = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getWidth() > 0);
        assertEquals(Countries.codes().size(), list.getItems().size());
        assertTrue(list.getWidth() >= plain.getWidth() - 1, list.getWidth() + " wide under a box of " + plain.getWidth());

        robot.interact(plain::hide);
        robot.clickOn(searchable).write("Germ").type(javafx.scene.input.KeyCode.ENTER);
        assertEquals("DE", country.get(), "the searchable box still finds and picks a country");
    }
}
