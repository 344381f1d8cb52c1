package io.permitguide.privacy;

import io.permitguide.Logging;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.Passport;
import io.permitguide.service.storage.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.tinylog.provider.ProviderRegistry;

/** Run in a child process by {@link LogPrivacyTest}: logs through the app's real configuration. */
public final class LogProbe {
    private LogProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Logging.configure(data);
        CaseStore store = new CaseStore(data);
        FamilyCase familyCase = new FamilyCase();
        familyCase.getChild().getForeignPassports().add(new Passport("US", LogPrivacyTest.PASSPORT, LocalDate.of(2030, 1, 1)));
        familyCase.getChild().setChineseIdNumber(LogPrivacyTest.CHINESE_ID);
        store.save(familyCase);
        Path damaged = store.casesDir().resolve("damaged-by-hand.json");
        Files.writeString(damaged, "{\"format\":\"permit-guide-case\",\"version\":1,\"familyCase\":{\"id\":\"x\",\"child\":{\"foreignPassports\":[{\"number\":\""
                + LogPrivacyTest.PASSPORT + "\",\"expiryDate\":\"not a date " + LogPrivacyTest.PASSPORT + "\"}]}}}");
        store.loadAll();
        ProviderRegistry.getLoggingProvider().shutdown();
    }
}
