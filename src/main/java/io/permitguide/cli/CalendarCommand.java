package io.permitguide.cli;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.analysis.CaseAnalyzer;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.CalendarEntries;
import io.permitguide.service.timeline.CalendarEntry;
import io.permitguide.service.timeline.CalendarExport;
import io.permitguide.service.timeline.ReminderPlanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code calendar CASE.json -o FILE.ics}: the case's reminders as an iCalendar file with alarms. */
@Command(name = "calendar", mixinStandardHelpOptions = true)
public class CalendarCommand extends CaseCommand {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.ics")
    Path output;

    @Override
    public Integer call() {
        Messages messages = caseFile.messages();
        FamilyCase familyCase = caseFile.load();
        OutputFile.check(output, caseFile.path(), messages);
        LocalDate day = today.resolve(spec, messages);
        List<CalendarEntry> entries = CaseAnalyzer.of(familyCase, day).calendarEntries(ReminderPlanner.plainName(familyCase));
        PrintWriter out = spec.commandLine().getOut();
        if (CalendarEntries.allPast(entries, day)) {
            out.println(messages.get("cli.calendar.nothing"));
            out.flush();
            return 0;
        }
        try {
            int events = CalendarExport.write(entries, output, Instant.now());
            out.println(messages.get("cli.calendar.written", events, output));
            out.flush();
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println(messages.get("cli.error.writeFailed", output, WriteProblem.describe(e, messages)));
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}
