package io.permitguide.cli;

import io.permitguide.service.AppInfo;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line of the same launcher that opens the window. */
@Command(name = "permit-guide",
        mixinStandardHelpOptions = true,
        versionProvider = PermitGuideCommand.Version.class,
        description = {"Permit Guide: the Chinese Entry-Exit Permit for your child, offline.",
            "Run without arguments to open the window."},
        subcommands = {CommandLine.HelpCommand.class, TimelineCommand.class, CalendarCommand.class, RemindCommand.class,
            PacketCommand.class})
public class PermitGuideCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new PermitGuideCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Permit Guide " + AppInfo.version()};
        }
    }
}
