package io.permitguide.cli;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseStore;
import io.permitguide.service.storage.DataFolder;
import io.permitguide.service.storage.LoadResult;
import io.permitguide.service.storage.SettingsStore;
import io.permitguide.service.timeline.ChinaDates;
import io.permitguide.service.timeline.DueReminders;
import io.permitguide.service.timeline.Reminder;
import io.permitguide.service.timeline.ReminderSeenStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code remind [--today YYYY-MM-DD] [--notify] [--lang en|zh]}: what is due across all saved cases, for a daily
 * scheduler. Exit status {@value #NOTHING_DUE} when nothing is due, {@value #SOMETHING_DUE} when something is.
 */
@Command(name = "remind", mixinStandardHelpOptions = true)
public class RemindCommand implements Callable<Integer> {
    public static final int NOTHING_DUE = 0;
    public static final int SOMETHING_DUE = 10;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    TodayOption today;

    @Option(names = "--notify")
    boolean notify;

    @Option(names = "--lang", paramLabel = "en|zh")
    Language language;

    @Override
    public Integer call() {
        Path data = DataFolder.resolve();
        Messages messages = Messages.of(language != null ? language : new SettingsStore(data).effectiveLanguage());
        LocalDate day = today.resolve(spec, messages);
        LocalDate realToday = ChinaDates.today(ChinaDates.systemClock());
        ReminderSeenStore seen = new ReminderSeenStore(data);
        List<Reminder> due;
        try {
            due = DueReminders.due(casesReportingSetAside(new CaseStore(data), messages), day, lastSeenUpTo(seen.lastSeen(), realToday));
        } catch (IOException e) {
            spec.commandLine().getErr().println(messages.get("cli.error.loadCases", e.getMessage()));
            spec.commandLine().getErr().flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (due.isEmpty()) {
            out.println(messages.get("cli.remind.none"));
        } else {
            out.println(messages.get("cli.remind.due"));
            for (Reminder reminder : due) {
                out.println(messages.get("cli.remind.item", reminder.date().toString(), reminder.title(messages)));
            }
        }
        out.flush();
        recordSeen(seen, day, realToday, messages);
        if (!due.isEmpty() && notify) {
            String body = due.stream().map(r -> r.title(messages)).collect(Collectors.joining("\n"));
            new DesktopNotifier(System.getenv("PATH")).show(messages.get("timeline.notification.title"), body);
        }
        return due.isEmpty() ? NOTHING_DUE : SOMETHING_DUE;
    }

    /** A "last seen" after the real today was left by a trial run of an older version: it is no later than today. */
    static LocalDate lastSeenUpTo(LocalDate lastSeen, LocalDate realToday) {
        return lastSeen != null && lastSeen.isAfter(realToday) ? realToday : lastSeen;
    }

    /**
     * Only a run for the real today records the reminders as seen: a trial run with another {@code --today} would
     * otherwise hide the real reminders until that day. Failing to record is a warning: the reminders are printed.
     */
    private void recordSeen(ReminderSeenStore seen, LocalDate day, LocalDate realToday, Messages messages) {
        if (!day.equals(realToday)) {
            spec.commandLine().getOut().println(messages.get("cli.remind.trialRun", day.toString()));
            spec.commandLine().getOut().flush();
            return;
        }
        try {
            seen.markSeenToday(realToday);
        } catch (IOException e) {
            spec.commandLine().getErr().println(messages.get("cli.remind.notRecorded", WriteProblem.describe(e, messages)));
            spec.commandLine().getErr().flush();
        }
    }

    /** The readable cases; files set aside now are named on stderr (the window reports them too, at its next start). */
    private List<FamilyCase> casesReportingSetAside(CaseStore store, Messages messages) throws IOException {
        LoadResult loaded = store.loadAll();
        PrintWriter err = spec.commandLine().getErr();
        if (!loaded.setAside().isEmpty()) {
            err.println(messages.get("cli.remind.setAside", store.damagedDir()));
            loaded.setAside().forEach(f -> err.println(messages.get("cli.remind.setAsideItem", f.original().getFileName(), f.reason(messages))));
            err.flush();
        }
        return loaded.cases();
    }
}
