package io.permitguide.cli;

import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.ChinaDates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Mixin: {@code --today YYYY-MM-DD}, else today's date in China. */
public class TodayOption {
    @Option(names = "--today", paramLabel = "YYYY-MM-DD")
    String today;

    public LocalDate resolve(CommandLine.Model.CommandSpec spec, Messages messages) {
        if (today == null) {
            return ChinaDates.today(ChinaDates.systemClock());
        }
        try {
            return LocalDate.parse(today.trim());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.get("cli.error.badDate", today));
        }
    }
}
