package io.permitguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.Launcher;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseFileCodec;
import io.permitguide.service.storage.CaseStore;
import io.permitguide.service.storage.DataFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as cron runs it: no LANG or LC_* at all, so Java's file-name encoding is ASCII. Chinese folder
 * and file names must still work, and Chinese must print as UTF-8.
 */
@EnabledOnOs(OS.LINUX)
class NoLocaleTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run launch(Path data, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put(DataFolder.ENV, data.toString());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command ends");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static FamilyCase caseDueOn(LocalDate today) {
        FamilyCase permit = new FamilyCase();
        permit.setTitle("小明");
        permit.getPermit().setIssueDate(today.minusMonths(3));
        permit.getPermit().setExpiryDate(today.plusDays(30));
        return permit;
    }

    @Test
    void aChineseCasePathWorksAndPrintsChineseAsUtf8() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("案例文件"));
        Path file = folder.resolve("小明.json");
        Files.write(file, CaseFileCodec.encode(caseDueOn(LocalDate.parse("2025-05-10"))));
        Run run = launch(dir.resolve("data"), "timeline", file.toString(), "--today", "2025-05-10", "--lang", "zh");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains(Messages.of(Language.ZH).get("timeline.field.departure")), run.out());
    }

    @Test
    void aChineseDataFolderWorksForRemind() throws Exception {
        Path data = dir.resolve("数据");
        LocalDate day = LocalDate.parse("2025-05-10");
        new CaseStore(data).save(caseDueOn(day));
        Run run = launch(data, "remind", "--today", day.toString(), "--lang", "zh");
        assertEquals(RemindCommand.SOMETHING_DUE, run.exit(), run.err());
        assertTrue(run.out().contains("小明：通行证还有 30 天到期（2025-06-09）"), run.out());
    }

    @Test
    void chinesePrintsAsUtf8WithoutASecondStart() throws Exception {
        Path file = dir.resolve("mia.json");
        Files.write(file, CaseFileCodec.encode(caseDueOn(LocalDate.parse("2025-05-10"))));
        Run run = launch(dir.resolve("data"), "remind", "--today", "2025-05-10", "--lang", "zh");
        assertEquals(RemindCommand.NOTHING_DUE, run.exit(), run.err());
        assertTrue(run.out().contains(Messages.of(Language.ZH).get("cli.remind.none")), run.out());
    }
}
