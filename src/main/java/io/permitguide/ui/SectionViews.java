package io.permitguide.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Loads each section's view the first time its tab is opened for the selected case. */
final class SectionViews {
    private final Map<String, Object> controllers = new HashMap<>();

    void clear(TabPane tabs) {
        controllers.clear();
        tabs.getTabs().forEach(t -> t.setContent(null));
    }

    void ensureLoaded(Tab tab, String name, CaseContext context) {
        if (tab.getContent() != null) {
            return;
        }
        if (SectionViews.class.getResource("/fxml/" + name + ".fxml") == null) {
            Label placeholder = new Label(context.messages().get("section." + name.toLowerCase() + ".placeholder"));
            placeholder.setWrapText(true);
            placeholder.getStyleClass().add("placeholder-text");
            tab.setContent(placeholder);
            return;
        }
        Views.Loaded<SectionController> loaded = Views.load(name, context.messages());
        loaded.controller().show(context);
        if (loaded.controller() instanceof CaseContext.Listener listener) {
            context.addListener(listener);
        }
        controllers.put(name, loaded.controller());
        tab.setContent(loaded.root());
    }

    Object controller(String name) {
        return controllers.get(name);
    }

    /** Puts the keyboard focus on the first field of a freshly shown section. */
    void focusFirst(Tab tab) {
        Node content = tab.getContent();
        if (content instanceof Parent parent) {
            Node first = parent.lookup(".text-field");
            if (first != null) {
                first.requestFocus();
            }
        }
    }
}
