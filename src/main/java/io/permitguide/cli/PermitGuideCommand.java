package io.permitguide.cli;

import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.DataFolder;
import io.permitguide.service.storage.SettingsStore;

import io.permitguide.service.AppInfo;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line of the same launcher that opens the window. */
@Command(name = "permit-guide",
        mixinStandardHelpOptions = true,
        versionProvider = PermitGuideCommand.Version.class,
        subcommands = {AssessCommand.class, ChecklistCommand.class, TimelineCommand.class, CalendarCommand.class, RemindCommand.class,
            PacketCommand.class})
public class PermitGuideCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String... args) {
        Charset charset = consoleCharset(System.getProperty("os.name"), System.getProperty("stdout.encoding"));
        return run(new PrintWriter(new OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true), args);
    }

    /**
     * UTF-8, whatever the locale says: under cron there is none, and Java would print Chinese as question marks. On
     * Windows the console's own code page (stdout.encoding, JDK 19+), which is what the console shows.
     */
    static Charset consoleCharset(String osName, String stdoutEncoding) {
        boolean windows = osName != null && osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        if (windows && stdoutEncoding != null && Charset.isSupported(stdoutEncoding)) {
            return Charset.forName(stdoutEncoding);
        }
        return windows ? Charset.defaultCharset() : StandardCharsets.UTF_8;
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new PermitGuideCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        Messages messages = Messages.of(languageFor(args));
        cli.setResourceBundle(messages);
        cli.registerConverter(Path.class, value -> {
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new CommandLine.TypeConversionException(messages.get("cli.error.pathEncoding", value));
            }
        });
        cli.setParameterExceptionHandler((e, given) -> invalidInput(e, messages));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CommandFailure failure) {
                commandLine.getErr().println(failure.getMessage());
                commandLine.getErr().flush();
                return failure.exitCode();
            }
            throw e;
        });
        return cli.execute(args);
    }

    /**
     * A command typed wrong: the problem in the same language as the usage that follows it. Picocli writes its own
     * messages in English; the two a family meets most (something missing, something not understood) are translated.
     */
    private static int invalidInput(CommandLine.ParameterException e, Messages messages) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        if (e instanceof CommandLine.MissingParameterException missing) {
            err.println(messages.get("cli.error.missing", missing.getMissing().stream()
                    .map(PermitGuideCommand::describe).collect(java.util.stream.Collectors.joining(", "))));
        } else if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            err.println(messages.get("cli.error.notUnderstood", String.join(" ", unmatched.getUnmatched())));
            CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, err);
        } else {
            err.println(e.getMessage());
        }
        commandLine.usage(err);
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String describe(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec option
                ? option.longestName() + " " + option.paramLabel() : arg.paramLabel();
    }

    /** The language of help and messages: {@code --lang} when given, else the app's setting or the system's. */
    static Language languageFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return value.equalsIgnoreCase("zh") ? Language.ZH : Language.EN;
            }
        }
        return new SettingsStore(DataFolder.resolve()).effectiveLanguage();
    }

    static class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Permit Guide " + AppInfo.version()};
        }
    }
}
