package io.permitguide.cli;

import io.permitguide.service.analysis.CaseAnalysis;
import io.permitguide.service.checklist.ChecklistBuilder;
import io.permitguide.service.checklist.ChecklistEntry;
import io.permitguide.service.checklist.ChecklistTexts;
import io.permitguide.service.i18n.Messages;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code checklist CASE.json [--json]}: the papers to bring for this case and city, with what is ready. */
@Command(name = "checklist", mixinStandardHelpOptions = true)
public class ChecklistCommand extends CaseReportCommand {
    @Override
    Object asJson(CaseAnalysis analysis, Messages messages) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("document", analysis.document().name());
        root.put("documentName", messages.of(analysis.document()));
        root.put("items", analysis.shownChecklist().stream().map(e -> asJson(e, messages)).toList());
        return root;
    }

    @Override
    void printForPeople(CaseAnalysis analysis, Messages messages, PrintWriter out) {
        List<ChecklistEntry> entries = analysis.shownChecklist();
        ChecklistBuilder.Summary summary = ChecklistBuilder.summary(entries);
        out.println(messages.get("checklist.title") + " · " + messages.of(analysis.document()) + " · "
                + messages.get(analysis.city().nameKey()) + " · "
                + messages.get("checklist.progress", summary.ready(), summary.total()));
        for (ChecklistEntry e : entries) {
            out.println((e.ready() ? "[x] " : "[ ] ") + ChecklistTexts.name(e, messages)
                    + (e.copyNeeded() ? " " + messages.get("checklist.copy") : "") + " (" + messages.of(e.state()) + ")");
            String why = ChecklistTexts.why(e, messages);
            if (!why.isEmpty()) {
                out.println("      " + why);
            }
            if (!e.note().isBlank()) {
                out.println("      " + messages.get("checklist.note") + ": " + e.note());
            }
        }
    }

    private static Map<String, Object> asJson(ChecklistEntry e, Messages m) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", e.id());
        item.put("name", ChecklistTexts.name(e, m));
        item.put("why", ChecklistTexts.why(e, m));
        item.put("copyNeeded", e.copyNeeded());
        item.put("state", e.state().name());
        item.put("ready", e.ready());
        item.put("note", e.note());
        item.put("own", e.custom());
        return item;
    }
}
