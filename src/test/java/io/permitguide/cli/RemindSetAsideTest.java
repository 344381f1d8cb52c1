package io.permitguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.storage.CaseStore;
import io.permitguide.service.storage.DataFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad case file costs {@code remind} nothing but a line naming it (issue 18, items 1 and 2). */
class RemindSetAsideTest {
    @TempDir
    Path data;

    private String previousData;

    @BeforeEach
    void useTempDataFolder() {
        previousData = System.getProperty(DataFolder.PROPERTY);
        System.setProperty(DataFolder.PROPERTY, data.toString());
    }

    @AfterEach
    void restore() {
        if (previousData == null) {
            System.clearProperty(DataFolder.PROPERTY);
        } else {
            System.setProperty(DataFolder.PROPERTY, previousData);
        }
    }

    @Test
    void theOtherCasesRemindersPrintAndTheBadFileIsNamedWithItsReason() throws Exception {
        CaseStore store = new CaseStore(data);
        FamilyCase permit = new FamilyCase();
        permit.setTitle("Leo");
        permit.getPermit().setIssueDate(LocalDate.parse("2025-03-10"));
        permit.getPermit().setExpiryDate(LocalDate.parse("2025-06-09"));
        store.save(permit);
        Files.writeString(store.casesDir().resolve("nulls.json"),
                "{\"format\":\"permit-guide-case\",\"version\":1,\"familyCase\":{\"id\":\"nulls\",\"title\":null,\"parents\":null,\"child\":null,\"trip\":null}}");
        Files.writeString(store.casesDir().resolve("number-date.json"),
                "{\"format\":\"permit-guide-case\",\"version\":1,\"familyCase\":{\"id\":\"n\",\"permit\":{\"expiryDate\":20261231}}}");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = PermitGuideCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "remind", "--today", "2025-05-10", "--lang", "en");

        assertEquals(RemindCommand.SOMETHING_DUE, status, err.toString());
        assertTrue(out.toString().contains("Leo: Permit expires in 30 days"), out.toString());
        assertTrue(err.toString().contains("number-date.json: a date is not written as year-month-day (such as 2026-12-31) (field: permit.expiryDate)"),
                err.toString());
        assertEquals(1, store.takeUnreportedSetAside().size(), "still to be shown by the window");
    }
}
