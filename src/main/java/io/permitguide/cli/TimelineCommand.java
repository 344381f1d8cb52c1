package io.permitguide.cli;

import io.permitguide.service.analysis.CaseAnalysis;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.Conflict;
import io.permitguide.service.timeline.PermitTimeline;
import io.permitguide.service.timeline.TimelineTexts;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code timeline CASE.json [--json] [--today YYYY-MM-DD] [--lang en|zh]}: the case's dates, status and conflicts. */
@Command(name = "timeline", mixinStandardHelpOptions = true)
public class TimelineCommand extends CaseReportCommand {
    @Override
    Object asJson(CaseAnalysis analysis, Messages messages) {
        return analysis.timeline();
    }

    @Override
    void printForPeople(CaseAnalysis analysis, Messages messages, PrintWriter out) {
        printHuman(analysis.timeline(), messages, out);
    }

    private static void printHuman(PermitTimeline t, Messages m, PrintWriter out) {
        out.println(m.get("cli.report.document", m.of(t.document())));
        row(out, m, "timeline.field.departure", TimelineTexts.date(t.plannedDeparture(), false, false, m));
        row(out, m, "timeline.field.return", TimelineTexts.date(t.plannedReturn(), false, false, m));
        boolean permit = t.document() == DocumentCode.ENTRY_EXIT_PERMIT;
        if (permit) {
            row(out, m, "timeline.field.lastDayToApply", TimelineTexts.date(t.lastDayToApply(), t.lastDayToApplyEstimate(), false, m));
            row(out, m, "timeline.field.margin", m.get("timeline.margin.value", t.marginWorkingDays()));
        }
        row(out, m, "timeline.field.appliedOn", TimelineTexts.date(t.appliedOn(), false, false, m));
        if (permit) {
            row(out, m, "timeline.field.expectedCollection", TimelineTexts.date(t.expectedCollection(), t.collectionEstimate(), false, m));
        }
        row(out, m, "timeline.field.collectedOn", TimelineTexts.date(t.collectedOn(), false, false, m));
        row(out, m, "timeline.field.issueDate", TimelineTexts.date(t.issueDate(), false, false, m));
        row(out, m, "timeline.field.proposedExpiry", TimelineTexts.date(t.expiry(), false, t.expiryProposed(), m));
        row(out, m, "timeline.field.exit", TimelineTexts.date(t.exitDate(), false, false, m));
        row(out, m, "timeline.field.entry", TimelineTexts.date(t.entryDate(), false, false, m));
        out.println();
        out.println(m.get("cli.timeline.status", TimelineTexts.status(t.status(), m)));
        if (t.cityFallback()) {
            out.println(m.get("timeline.fallbackCity"));
        }
        if (t.hasConflicts()) {
            out.println();
            out.println(m.get("cli.timeline.conflicts"));
            for (Conflict conflict : t.conflicts()) {
                out.println(m.get("cli.timeline.conflict", TimelineTexts.conflict(conflict, m), TimelineTexts.advice(conflict, m)));
            }
        }
    }

    private static void row(PrintWriter out, Messages m, String labelKey, String value) {
        out.println(m.get("cli.timeline.row", m.get(labelKey), value));
    }
}
