package io.permitguide.ui;

import io.permitguide.service.checklist.ChecklistBuilder;
import io.permitguide.service.timeline.PermitState;

import io.permitguide.service.analysis.CaseAnalysis;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.PermitStatus;
import io.permitguide.service.timeline.TimelineTexts;
import java.util.Locale;

/**
 * The second line of a case in the list: the permit status and days left (and, before the application, how many
 * papers are ready), coloured by urgency with the
 * style classes {@code status-ok}, {@code status-soon}, {@code status-urgent} and {@code status-none}.
 */
final class CaseListStatus {
    private CaseListStatus() {
    }

    record Line(String text, String styleClass) {
    }

    /** The line for a case's analysis, as the case list shows it. */
    static Line of(CaseAnalysis analysis, Messages messages) {
        PermitStatus status = analysis.timeline().status();
        String style = "status-" + TimelineTexts.urgency(status).name().toLowerCase(Locale.ROOT);
        String line = TimelineTexts.caseListLine(status, messages);
        if (status.state().beforeApplication()) {
            // Before the application, the papers are what the family is working on.
            ChecklistBuilder.Summary papers = analysis.checklistSummary();
            line = messages.get("checklist.caseList", line, papers.ready(), papers.total());
        }
        return new Line(line, style);
    }
}
