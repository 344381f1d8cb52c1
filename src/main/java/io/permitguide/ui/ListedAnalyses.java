package io.permitguide.ui;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.analysis.CaseAnalysis;
import io.permitguide.service.analysis.CaseAnalyzer;
import io.permitguide.service.timeline.ChinaDates;
import java.time.LocalDate;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * The analysis behind each case's status line in the case list. The selected case's is its {@link CaseContext}'s,
 * worked out once per change and shared with the sections; the others' are kept until the day in China changes or
 * the case has been selected (and maybe edited), so a keystroke does not analyse every listed case again.
 */
final class ListedAnalyses {
    /** By identity: a case reloaded or imported is a new object and gets its own analysis. */
    private final Map<FamilyCase, CaseAnalysis> others = new WeakHashMap<>();
    private final Supplier<CaseContext> selected;

    ListedAnalyses(Supplier<CaseContext> selected) {
        this.selected = selected;
    }

    CaseAnalysis of(FamilyCase familyCase) {
        LocalDate today = ChinaDates.today(ChinaDates.systemClock());
        CaseContext context = selected.get();
        if (context != null && context.familyCase() == familyCase) {
            return context.analysis(today);
        }
        CaseAnalysis kept = others.get(familyCase);
        if (kept == null || !kept.today().equals(today)) {
            kept = CaseAnalyzer.of(familyCase, today);
            others.put(familyCase, kept);
        }
        return kept;
    }

    /** Call when a case stops being the selected one: it may have been edited meanwhile. */
    void forget(FamilyCase familyCase) {
        others.remove(familyCase);
    }
}
