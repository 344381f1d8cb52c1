package io.permitguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.service.AppInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PermitGuideCommandTest {
    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PermitGuideCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void versionPrintsTheBuiltVersion() {
        Result result = run("--version");
        assertEquals(0, result.exit());
        assertTrue(result.out().contains(AppInfo.version()), result.out());
        assertTrue(!AppInfo.version().contains("${"), "the version is filled in by the build");
    }

    @Test
    void helpListsTheUsage() {
        Result result = run("--help");
        assertEquals(0, result.exit());
        assertTrue(result.out().contains("Usage"), result.out());
    }

    @Test
    void helpListsEverySubcommandAndEachHasItsOwn() {
        Result result = run("--help");
        for (String name : java.util.List.of("assess", "checklist", "timeline", "calendar", "remind", "packet")) {
            assertTrue(result.out().contains(name), name + " in " + result.out());
            Result own = run(name, "--help");
            assertEquals(0, own.exit(), name);
            assertTrue(own.out().contains("permit-guide " + name), own.out());
        }
    }

    @Test
    void anUnknownOptionFailsWithAMessage() {
        Result result = run("--no-such-option");
        assertNotEquals(0, result.exit());
        assertTrue(result.err().contains("--no-such-option"), result.err());
    }

    @Test
    void aMissingOptionIsSaidInTheLanguageOfTheUsageAfterIt() {
        io.permitguide.service.i18n.Messages zh = io.permitguide.service.i18n.Messages.of(io.permitguide.model.Language.ZH);
        Result result = run("calendar", "case.json", "--lang", "zh");
        assertEquals(2, result.exit());
        String first = result.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith(zh.get("cli.error.missing", "").strip()), result.err());
        assertTrue(first.contains("--output"), first);
        assertTrue(result.err().contains("用法"), result.err());
    }

    @Test
    void anArgumentNotUnderstoodIsSaidInChineseToo() {
        io.permitguide.service.i18n.Messages zh = io.permitguide.service.i18n.Messages.of(io.permitguide.model.Language.ZH);
        Result result = run("assess", "case.json", "--lang", "zh", "--colour");
        assertEquals(2, result.exit());
        assertTrue(result.err().startsWith(zh.get("cli.error.notUnderstood", "--colour")), result.err());
    }

    @Test
    void helpIsInChineseWhenAskedFor() {
        Result result = run("--help", "--lang", "zh");
        assertEquals(0, result.exit());
        assertTrue(result.out().contains(io.permitguide.service.i18n.Messages.of(io.permitguide.model.Language.ZH)
                .get("mixinStandardHelpOptions.help")), result.out());
        assertTrue(result.out().startsWith("用法"), result.out());
    }
}
