package io.permitguide.service.storage;

import io.permitguide.model.FamilyCase;
import java.nio.file.Path;

/** Run in a child process by {@link KillDuringSaveTest}: saves one case over and over until killed. */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        CaseStore store = new CaseStore(Path.of(args[0]));
        // As the app does: a store saves over only what it has read.
        store.loadAll();
        FamilyCase familyCase = new FamilyCase();
        familyCase.setId("crash-test");
        int start = Integer.parseInt(args[1]);
        System.out.println("ready");
        System.out.flush();
        for (int version = start; ; version++) {
            KillDuringSaveTest.stamp(familyCase, version);
            store.save(familyCase);
            System.out.println("saved " + version);
            System.out.flush();
        }
    }
}
