package io.permitguide.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.permitguide.cli.PermitGuideCommand;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.calendar.WorkingDayCalendar;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.CaseFileCodec;
import io.permitguide.service.storage.CaseStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's work (storage, data, every command) runs without a single connection attempt. */
class NoNetworkTest {
    @TempDir
    Path data;

    @Test
    void theTrapCatchesAConnectionAttempt() throws Exception {
        try (NetworkTrap trap = new NetworkTrap()) {
            assertThrows(IOException.class, () -> {
                try (Socket socket = new Socket("example.invalid", 443)) {
                    socket.getInputStream().read();
                }
            });
            Thread.sleep(200);
            assertEquals(1, trap.attempts(), "the trap must see attempts, or the real test below proves nothing");
        }
    }

    @Test
    void savingLoadingAndEveryCommandStayOffTheNetwork() throws Exception {
        try (NetworkTrap trap = new NetworkTrap()) {
            CaseStore store = new CaseStore(data);
            FamilyCase familyCase = new FamilyCase();
            familyCase.getChild().setFamilyName("Wang");
            familyCase.getResidence().setCity("shenzhen");
            familyCase.getTrip().setDepartureDate(LocalDate.of(2027, 1, 20));
            store.save(familyCase);
            store.loadAll();
            Path exported = data.resolve("export.json");
            CaseFileCodec.write(familyCase, exported);
            for (Language language : Language.values()) {
                Messages.of(language).get("app.title");
            }
            CityProfiles.bundled().forCity("shenzhen");
            WorkingDayCalendar.bundled().addWorkingDays(LocalDate.of(2026, 9, 28), 7);

            PermitGuideCommand.run(sink(), sink(), "--version");
            PermitGuideCommand.run(sink(), sink(), "--help");
            for (String command : new String[] {"assess", "checklist", "timeline"}) {
                assertEquals(0, PermitGuideCommand.run(sink(), sink(), command, exported.toString(), "--json", "--lang", "en"), command);
            }
            assertEquals(0, PermitGuideCommand.run(sink(), sink(), "packet", exported.toString(), "-o", data.resolve("p.pdf").toString()));
            assertEquals(0, PermitGuideCommand.run(sink(), sink(), "calendar", exported.toString(), "-o", data.resolve("c.ics").toString()));
            Thread.sleep(200);
            assertEquals(0, trap.attempts());
        }
    }

    private static PrintWriter sink() {
        return new PrintWriter(new StringWriter());
    }
}
