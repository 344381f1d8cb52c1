package io.permitguide.service.storage;

import io.permitguide.model.FamilyCase;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Run in a child process by {@link SaveConflictTest}, as a second copy of the app would: adds its tokens one by one to
 * the notes of the case {@code shared}, each time on the version it read, and prints "saved TOKEN" after each save
 * that succeeded. A refused save is answered as the window's "Reload" does: read the case again and redo the edit.
 */
public final class ConcurrentEditor {
    private ConcurrentEditor() {
    }

    public static void main(String[] args) throws Exception {
        CaseStore store = new CaseStore(Path.of(args[0]));
        String name = args[1];
        int edits = Integer.parseInt(args[2]);
        int refused = 0;
        // Both processes start editing together, when the test says so.
        System.out.println("ready");
        System.out.flush();
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)).readLine();
        for (int edit = 0; edit < edits; ) {
            FamilyCase shared = store.loadAll().cases().stream().filter(c -> c.getId().equals("shared")).findFirst().orElseThrow();
            String token = name + "-" + edit;
            shared.setNotes(shared.getNotes() + " " + token);
            try {
                store.save(shared);
                System.out.println("saved " + token);
                edit++;
            } catch (IOException e) {
                refused++;
            }
        }
        System.out.println("refused " + refused);
    }
}
