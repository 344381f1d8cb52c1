package io.permitguide.cli;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.Json;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * A command that reads one case and reports on it, for a person or as JSON ({@code --json}); each command says
 * what it reports.
 */
abstract class CaseReportCommand extends CaseCommand {
    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Messages messages = caseFile.messages();
        FamilyCase familyCase = caseFile.load();
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
