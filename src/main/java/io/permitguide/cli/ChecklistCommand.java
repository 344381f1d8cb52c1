package io.permitguide.cli;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.checklist.ChecklistBuilder;
import io.permitguide.service.checklist.ChecklistEntry;
import io.permitguide.service.checklist.ChecklistTexts;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.Json;
import io.permitguide.service.timeline.PermitTimeline;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code checklist CASE.json [--json]}: the papers to bring for this case and city, with what is ready. */
@Command(name = "checklist", mixinStandardHelpOptions = true)
public class ChecklistCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CaseFileOption caseFile;

    @Mixin
    TodayOption today;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Messages messages = caseFile.messages();
        FamilyCase familyCase = caseFile.load(spec);
        CityProfile city = PermitTimeline.cityOf(familyCase);
        List<ChecklistEntry> entries = ChecklistBuilder.bundled().build(familyCase, city, today.resolve(spec, messages)).stream()
                .filter(e -> !e.hidden()).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writeValueAsString(entries.stream().map(e -> asJson(e, messages)).toList()));
        } else {
            ChecklistBuilder.Summary summary = ChecklistBuilder.summary(entries);
            out.println(messages.get("checklist.title") + " · " + messages.get(city.nameKey()) + " · "
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
        out.flush();
        return 0;
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
