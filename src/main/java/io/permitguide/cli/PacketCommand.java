package io.permitguide.cli;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.analysis.CaseAnalyzer;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.packet.CasePacket;
import io.permitguide.service.packet.PacketLanguage;
import io.permitguide.service.packet.PacketPdf;
import io.permitguide.service.packet.PacketWriteException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code packet CASE.json -o FILE.pdf [--lang both|en|zh] [--password-file F]}: the application packet as PDF. */
@Command(name = "packet", mixinStandardHelpOptions = true)
public class PacketCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.json", descriptionKey = "caseFile")
    Path caseFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf")
    Path output;

    @Option(names = "--lang", paramLabel = "both|en|zh", defaultValue = "both")
    PacketLanguage language;

    @Option(names = "--password-file", paramLabel = "FILE")
    Path passwordFile;

    @Mixin
    TodayOption today;

    @Override
    public Integer call() throws Exception {
        PacketPdf.preload(); // the font loads on the second core while the case is read
        CaseFileOption loader = new CaseFileOption();
        loader.caseFile = caseFile;
        loader.language = language == PacketLanguage.ZH ? Language.ZH : language == PacketLanguage.EN ? Language.EN : null;
        Messages messages = loader.messages();
        FamilyCase familyCase = loader.load();
        OutputFile.check(output, caseFile, messages);
        LocalDate day = today.resolve(spec, messages);
        char[] password = readPassword(messages);
        PrintWriter err = spec.commandLine().getErr();
        try {
            PacketPdf.write(CasePacket.of(CaseAnalyzer.of(familyCase, day), language), output, password);
        } catch (PacketWriteException e) {
            err.println(messages.get("cli.error.writeFailed", output, messages.get(e.messageKey())));
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println(messages.get("cli.error.writeFailed", output, WriteProblem.describe(e, messages)));
            err.flush();
            return 1;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.get("cli.packet.written", output));
        out.flush();
        return 0;
    }

    private char[] readPassword(Messages messages) {
        if (passwordFile == null) {
            return null;
        }
        try {
            String first = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            if (first.isEmpty()) {
                throw CommandFailure.badInput(messages.get("cli.packet.emptyPassword", passwordFile));
            }
            return first.toCharArray();
        } catch (IOException e) {
            throw CommandFailure.badInput(messages.get("cli.packet.passwordUnreadable", passwordFile, describe(e)));
        }
    }

    /** The exception's message, or its kind when the JDK gives only a path (FileSystemException subclasses). */
    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
