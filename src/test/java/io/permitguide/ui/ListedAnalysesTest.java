package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The case list's status lines must not analyse every listed case again on each keystroke in the selected one. */
class ListedAnalysesTest {
    private final FamilyCase selected = new FamilyCase();
    private final FamilyCase other = new FamilyCase();
    private final AtomicReference<CaseContext> context = new AtomicReference<>(
            new CaseContext(selected, Messages.of(Language.EN), () -> { }, null));
    private final ListedAnalyses analyses = new ListedAnalyses(context::get);

    @Test
    void theSelectedCaseSharesTheAnalysisOfItsSections() {
        assertSame(context.get().analysis(), analyses.of(selected), "one analysis per change, read by the list and the sections");
        context.get().changed(null);
        assertSame(context.get().analysis(), analyses.of(selected), "after an edit, the new one");
    }

    @Test
    void anotherCaseIsAnalysedOnceUntilItHasBeenSelected() {
        var first = analyses.of(other);
        context.get().changed(null); // a keystroke in the selected case
        assertSame(first, analyses.of(other), "a keystroke elsewhere does not analyse this case again");

        analyses.forget(other); // it was selected (and maybe edited) and is not any more
        assertNotSame(first, analyses.of(other));
    }
}
