package io.permitguide.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The sections of the selected case. A section is built the first time it is shown, or earlier in the background
 * ({@link #prepare}); a section that is not on screen does not follow every change of the case, it is only marked
 * out of date and brought up to date (from the case's one analysis) when it is shown again.
 */
final class SectionViews {
    /** One built section. */
    private static final class Section {
        final Tab tab;
        final SectionController controller;
        boolean outOfDate;

        Section(Tab tab, SectionController controller) {
            this.tab = tab;
            this.controller = controller;
        }
    }

    private final Map<String, Section> built = new HashMap<>();
    /** Tells background preparation for an earlier case (or view) that it is no longer wanted. */
    private Object generation = new Object();

    void clear(TabPane tabs) {
        built.clear();
        generation = new Object();
        tabs.getTabs().forEach(t -> t.setContent(null));
    }

    /** Shows the section in its tab: builds it if needed, or brings it up to date if the case changed meanwhile. */
    void show(Tab tab, String name, CaseContext context) {
        Section section = built.get(name);
        if (section != null) {
            if (section.outOfDate && section.controller instanceof CaseContext.Listener listener) {
                section.outOfDate = false;
                listener.shownAfterChanges();
            }
            return;
        }
        if (tab.getContent() != null) {
            return; // a placeholder
        }
        if (!hasView(name)) {
            Label placeholder = new Label(context.messages().get("section." + name.toLowerCase() + ".placeholder"));
            placeholder.setWrapText(true);
            placeholder.getStyleClass().add("placeholder-text");
            tab.setContent(placeholder);
            return;
        }
        attach(tab, name, Views.load(name, context.messages()), context, false);
    }

    /**
     * Builds the sections not built yet, one after the other: each view's FXML is loaded on a background thread, then
     * put into its (hidden) tab on the FX thread, with a frame in between so the window keeps answering. Call on the
     * FX thread once the shown section is on screen. {@code tabs}: the section tabs by section name, in the order
     * they are built.
     */
    void prepare(Map<String, Tab> tabs, CaseContext context) {
        Object wanted = generation;
        for (Map.Entry<String, Tab> section : tabs.entrySet()) {
            String name = section.getKey();
            Tab tab = section.getValue();
            if (tab.getContent() == null && hasView(name)) {
                Views.<SectionController>loadInBackground(name, context.messages(), null, loaded -> {
                    if (wanted == generation && tab.getContent() == null) {
                        attach(tab, name, loaded, context, !tab.isSelected());
                    }
                    TabPane pane = tab.getTabPane();
                    if (wanted == generation && pane != null && pane.getScene() != null) {
                        FirstFrame.afterNextFrame(pane, () -> prepare(tabs, context));
                    }
                }, () -> { }); // built when shown, where any error is reported
                return;
            }
        }
    }

    private void attach(Tab tab, String name, Views.Loaded<SectionController> loaded, CaseContext context, boolean ahead) {
        SectionController controller = loaded.controller();
        boolean leftForFirstVisit = false;
        if (ahead) {
            leftForFirstVisit = controller.showAhead(context);
        } else {
            controller.show(context);
        }
        Section section = new Section(tab, controller);
        section.outOfDate = leftForFirstVisit && controller instanceof CaseContext.Listener;
        if (controller instanceof CaseContext.Listener listener) {
            context.addListener(source -> {
                if (source == controller) {
                    return; // its own change
                }
                if (tab.isSelected()) {
                    listener.caseChanged(source);
                } else {
                    section.outOfDate = true;
                }
            });
        }
        built.put(name, section);
        tab.setContent(loaded.root());
    }

    private static boolean hasView(String name) {
        return SectionViews.class.getResource("/fxml/" + name + ".fxml") != null;
    }

    Object controller(String name) {
        Section section = built.get(name);
        return section == null ? null : section.controller;
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
