package io.permitguide.cli;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseFileCodec;
import io.permitguide.service.storage.CaseFileException;
import io.permitguide.service.storage.DataFolder;
import io.permitguide.service.storage.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Mixin for subcommands that read one case file: the file argument, --lang, and a clear error when it fails. */
public class CaseFileOption {
    @Parameters(index = "0", paramLabel = "CASE.json", descriptionKey = "caseFile")
    Path caseFile;

    @Option(names = "--lang", paramLabel = "en|zh")
    Language language;

    public Messages messages() {
        Language lang = language != null ? language : new SettingsStore(DataFolder.resolve()).effectiveLanguage();
        return Messages.of(lang);
    }

    /**
     * Reads the case or ends the command with exit code 2 and a translated message naming the file (no usage text:
     * the command was typed right). Only a regular file is opened: a named pipe would block the read for good.
     */
    public FamilyCase load() {
        Messages messages = messages();
        if (!Files.exists(caseFile)) {
            throw CommandFailure.badInput(messages.get("cli.error.noSuchFile", caseFile));
        }
        if (!Files.isRegularFile(caseFile)) {
            throw CommandFailure.badInput(messages.get("cli.error.notAFile", caseFile));
        }
        try {
            return CaseFileCodec.read(caseFile);
        } catch (CaseFileException e) {
            throw CommandFailure.badInput(messages.get("cli.error.badCaseFile", caseFile, e.reason(messages)));
        }
    }

    /** The case file as given, for commands that must not write over it. */
    public Path path() {
        return caseFile;
    }
}
