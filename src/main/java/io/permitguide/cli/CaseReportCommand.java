package io.permitguide.cli;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.Json;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A command that reads one case and reports on it, for a person or as JSON: {@code CASE.json}, {@code --lang},
 * {@code --today} and {@code --json} are shared; each command says what it reports.
 */
abstract class CaseReportCommand implements Callable<Integer> {
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
        LocalDate day = today.resolve(spec, messages);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writeValueAsString(asJson(familyCase, day, messages)));
        } else {
            printForPeople(familyCase, day, messages, out);
        }
        out.flush();
        return 0;
    }

    /** What {@code --json} prints: stable codes, with texts in the chosen language beside them. */
    abstract Object asJson(FamilyCase familyCase, LocalDate today, Messages messages);

    abstract void printForPeople(FamilyCase familyCase, LocalDate today, Messages messages, PrintWriter out);
}
