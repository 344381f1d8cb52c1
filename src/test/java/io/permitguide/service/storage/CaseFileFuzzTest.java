package io.permitguide.service.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of mutated case files: each is either read as a case or rejected with one of the known problems
 * (which the app shows in the user's language). No other exception may escape.
 */
class CaseFileFuzzTest {
    static final int MUTANTS = 5000;
    static final int ON_DISK = 300;
    private static final String[] TOKENS = {"null", "{}", "[]", "\"\"", "-1", "99", "1e400", "\"2026-02-30\"", "true", "\"\\u0000\"",
        "\"9999-99-99\"", "{\"a\":", "\"OTHER_THING\""};

    @TempDir
    Path data;

    private static byte[] mutate(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        return switch (random.nextInt(6)) {
            case 0 -> java.util.Arrays.copyOf(original, random.nextInt(original.length));
            case 1 -> {
                byte[] copy = original.clone();
                for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                yield copy;
            }
            case 2 -> {
                // replace a JSON value with an odd token
                int colon = text.indexOf(':', random.nextInt(text.length()));
                if (colon < 0) {
                    yield original;
                }
                int end = colon + 1;
                while (end < text.length() && ",}\n".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                yield (text.substring(0, colon + 1) + " " + TOKENS[random.nextInt(TOKENS.length)] + text.substring(end)).getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> text.replaceFirst("\"version\" : 1", "\"version\" : " + (random.nextInt(5) - 1)).getBytes(StandardCharsets.UTF_8);
            case 4 -> {
                int at = random.nextInt(text.length());
                yield (text.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + text.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                // drop a line, as a hand edit might
                String[] lines = text.split("\n");
                int drop = random.nextInt(lines.length);
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < lines.length; i++) {
                    if (i != drop) {
                        out.append(lines[i]).append('\n');
                    }
                }
                yield out.toString().getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    @Test
    void mutatedFilesAreReadOrRejectedWithAKnownProblem() {
        byte[] original = CaseFileCodec.encode(CaseStoreTest.sampleCase());
        Random random = new Random(42);
        int read = 0;
        int rejected = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = mutate(original, random);
            try {
                FamilyCase familyCase = CaseFileCodec.decode(mutant);
                assertTrue(familyCase.getParents().size() == 2 && familyCase.getChild() != null, "a read case is complete");
                CaseFileCodec.encode(familyCase);
                read++;
            } catch (CaseFileException e) {
                assertTrue(e.problem() != null);
                rejected++;
            }
        }
        assertEquals(MUTANTS, read + rejected);
        assertTrue(rejected > MUTANTS / 4 && read > 0, "the mutations exercise both outcomes: read " + read + ", rejected " + rejected);
    }

    @Test
    void mutatedFilesOnDiskNeverStopTheOtherCasesFromLoading() throws Exception {
        CaseStore store = new CaseStore(data);
        FamilyCase good = CaseStoreTest.sampleCase();
        store.save(good);
        byte[] original = CaseFileCodec.encode(good);
        Random random = new Random(7);
        for (int i = 0; i < ON_DISK; i++) {
            Files.write(store.casesDir().resolve("mutant-" + i + ".json"), mutate(original, random));
        }
        LoadResult result = store.loadAll();
        assertEquals(ON_DISK + 1, result.cases().size() + result.setAside().size(), "every file is either read or set aside");
        assertTrue(result.cases().stream().anyMatch(c -> c.getId().equals(good.getId())));
        for (SetAsideFile file : result.setAside()) {
            assertTrue(Files.exists(file.movedTo()));
        }
    }
}
