package bench;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;

/**
 * A lower bound for the main view (installer/bench/floor.sh): what JavaFX alone takes to show the main view's kind of
 * content in a window's first frame, built in code (no FXML, no data, no opening view), on the app's theme.
 * FLOOR_CONTENT chooses: {@code label} (one label, no theme: the bare window), {@code theme} (one label on the theme),
 * {@code chrome} (menus, a one-line list with three buttons, five tabs) and {@code form} (the chrome with a form like
 * the Details section's first part: 19 rows of text fields, choices, dates and searchable country lists). Reports the
 * frame like io.permitguide.ui.StartupProbe and exits.
 */
public class ContentFloor extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        String content = System.getenv().getOrDefault("FLOOR_CONTENT", "label");
        if (!content.equals("label")) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        }
        Parent root = switch (content) {
            case "chrome" -> chrome(new Label("Details"));
            case "form" -> chrome(form());
            default -> new StackPane(new Label("Hello"));
        };
        // The Modena names ControlsFX's search field looks up, as the app's stylesheet maps them.
        root.setStyle("-fx-text-inner-color: -color-fg-default; -fx-control-inner-background: -color-bg-default;"
                + " -fx-text-box-border: -color-border-default;");
        Scene scene = new Scene(root, 1180, 780);
        stage.setTitle("floor " + content);
        stage.setScene(scene);
        stage.show();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            long now = System.currentTimeMillis();
            System.out.println("startup-probe: first-frame-epoch-ms=" + now + " title=" + content);
            System.out.flush();
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static Parent chrome(Node section) {
        MenuBar menus = new MenuBar();
        for (String name : List.of("File", "Edit", "View", "Help")) {
            Menu menu = new Menu(name);
            for (int i = 0; i < 5; i++) {
                menu.getItems().add(new MenuItem(name + " " + i));
            }
            menus.getMenus().add(menu);
        }
        ListView<String> cases = new ListView<>(FXCollections.observableArrayList("Mia - summer in Shanghai"));
        VBox.setVgrow(cases, Priority.ALWAYS);
        HBox buttons = new HBox(6, button("Add"), button("Rename"), button("Delete"));
        TabPane sections = new TabPane();
        for (String name : List.of("Details", "Guide", "Checklist", "Timeline", "Application packet")) {
            sections.getTabs().add(new Tab(name));
        }
        sections.getTabs().get(0).setContent(section);
        SplitPane split = new SplitPane(new VBox(8, new Label("Cases"), cases, buttons), new StackPane(sections));
        split.setDividerPositions(0.24);
        return new BorderPane(split, menus, null, null, null);
    }

    private static Button button(String text) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(text));
        return button;
    }

    private static Parent form() {
        List<String> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            countries.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        GridPane grid = new GridPane();
        grid.getColumnConstraints().addAll(new ColumnConstraints(200, 260, 260), new ColumnConstraints(220, 400, 560));
        String rows = "TTTCDSTTSTDSCCCCTTC"; // the Details section's first part: Text, Choice, Date, Searchable
        for (int row = 0; row < rows.length(); row++) {
            Control control = switch (rows.charAt(row)) {
                case 'C' -> new ComboBox<>(FXCollections.observableArrayList("Yes", "No", "Not sure"));
                case 'D' -> new DatePicker();
                case 'S' -> new SearchableComboBox<>(FXCollections.observableArrayList(countries));
                default -> new TextField();
            };
            control.setMaxWidth(Double.MAX_VALUE);
            grid.add(new Label("Field " + row), 0, row);
            grid.add(new VBox(2, control), 1, row);
        }
        ScrollPane scroll = new ScrollPane(new VBox(6, new Label("Child"), grid));
        scroll.setFitToWidth(true);
        return scroll;
    }
}
