package io.permitguide.cli;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.analysis.CaseAnalysis;
import io.permitguide.service.analysis.CaseAnalyzer;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.Json;
import java.io.PrintWriter;
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
        CaseAnalysis analysis = CaseAnalyzer.of(familyCase, today.resolve(spec, messages));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writeValueAsString(asJson(analysis, messages)));
        } else {
            printForPeople(analysis, messages, out);
        }
        out.flush();
        return 0;
    }

    /**
     * What {@code --json} prints: stable codes, with texts in the chosen language beside them, and the document the
     * report was built for.
     */
    abstract Object asJson(CaseAnalysis analysis, Messages messages);

    abstract void printForPeople(CaseAnalysis analysis, Messages messages, PrintWriter out);
}
