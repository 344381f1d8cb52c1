package io.permitguide.cli;

import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseStore;
import io.permitguide.service.storage.DataFolder;
import io.permitguide.service.storage.SettingsStore;
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
        ReminderSeenStore seen = new ReminderSeenStore(data);
        List<Reminder> due;
        try {
            due = DueReminders.due(new CaseStore(data), day, seen.lastSeen());
            seen.markSeen(day);
        } catch (IOException e) {
            spec.commandLine().getErr().println(messages.get("cli.error.loadCases", e.getMessage()));
            spec.commandLine().getErr().flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (due.isEmpty()) {
            out.println(messages.get("cli.remind.none"));
            out.flush();
            return NOTHING_DUE;
        }
        out.println(messages.get("cli.remind.due"));
        for (Reminder reminder : due) {
            out.println(messages.get("cli.remind.item", reminder.date().toString(), reminder.title(messages)));
        }
        out.flush();
        if (notify) {
            String body = due.stream().map(r -> r.title(messages)).collect(Collectors.joining("\n"));
            new DesktopNotifier(System.getenv("PATH")).show(messages.get("timeline.notification.title"), body);
        }
        return SOMETHING_DUE;
    }
}
