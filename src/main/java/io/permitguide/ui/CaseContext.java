package io.permitguide.ui;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.analysis.CaseAnalysis;
import io.permitguide.service.analysis.CaseAnalyzer;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.ChinaDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Window;

/**
 * What a section view gets for the selected case: the case, the interface language, the case's analysis (worked
 * out once per change and read by every section), and a way to say "I changed it" (which saves it and tells the
 * other sections, so they can refresh what they show).
 */
public final class CaseContext {
    private final FamilyCase familyCase;
    private final Messages messages;
    private final Runnable save;
    private final Window owner;
    private final List<Listener> listeners = new ArrayList<>();
    private CaseAnalysis analysis;

    /** Told when another part of the app changed the case. */
    @FunctionalInterface
    public interface Listener {
        void caseChanged(Object source);

        /**
         * The view is shown again after changes it was not told of while hidden (hidden sections do not follow
         * every change); by default the same as a change.
         */
        default void shownAfterChanges() {
            caseChanged(null);
        }
    }

    public CaseContext(FamilyCase familyCase, Messages messages, Runnable save, Window owner) {
        this.familyCase = familyCase;
        this.messages = messages;
        this.save = save;
        this.owner = owner;
    }

    public FamilyCase familyCase() {
        return familyCase;
    }

    public Messages messages() {
        return messages;
    }

    /** The window, as owner for dialogs; may be null in tests. */
    public Window owner() {
        return owner;
    }

    /** The analysis for today in China. */
    public CaseAnalysis analysis() {
        return analysis(ChinaDates.today(ChinaDates.systemClock()));
    }

    /** The analysis for {@code today} (a China date), worked out again only after a change or on another day. */
    public CaseAnalysis analysis(LocalDate today) {
        if (analysis == null || !analysis.today().equals(today)) {
            analysis = CaseAnalyzer.of(familyCase, today);
        }
        return analysis;
    }

    /** Saves the case soon and tells every listener except {@code source}. */
    public void changed(Object source) {
        analysis = null;
        save.run();
        for (Listener listener : List.copyOf(listeners)) {
            if (listener != source) {
                listener.caseChanged(source);
            }
        }
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }
}
