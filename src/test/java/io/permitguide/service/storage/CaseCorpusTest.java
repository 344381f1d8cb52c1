package io.permitguide.service.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.checklist.ChecklistBuilder;
import io.permitguide.service.guidance.AssessmentText;
import io.permitguide.service.guidance.GuidanceService;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.packet.CasePacket;
import io.permitguide.service.packet.PacketLanguage;
import io.permitguide.service.packet.PacketPdf;
import io.permitguide.service.timeline.DueReminders;
import io.permitguide.service.timeline.PermitTimeline;
import io.permitguide.service.timeline.Reminder;
import io.permitguide.service.timeline.ReminderPlanner;
import io.permitguide.service.timeline.TimelineTexts;
import io.permitguide.service.validation.CaseValidator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of mutated case files on disk, read by {@link CaseStore#loadAll} and then handed to every service a command
 * or a view calls on a loaded case. Most mutants replace a WHOLE value (null, a wrong type, a huge text or list, an
 * out-of-range number or date, a missing field); the rest damage bytes. Each file must be read or set aside with a
 * translated reason, no service may throw on a case that was read, and the good cases beside them always load, with
 * their due reminder.
 */
@org.junit.jupiter.api.Tag("slow")
class CaseCorpusTest {
    /** 20,000 in the default test run; {@code -Dpermitguide.corpus.mutants=200000} for a longer run. */
    static final int MUTANTS = Integer.getInteger("permitguide.corpus.mutants", 20_000);
    static final int PER_FOLDER = 1_000;
    /** A packet PDF is rendered for one case read in this many (a PDF takes about 100 ms). */
    static final int PDF_EVERY = 1_000;
    static final int THOROUGH_EVERY = 10;
    static final long SEED = 20261201L;

    @TempDir
    Path root;

    private final Messages english = Messages.of(Language.EN);
    private final Messages chinese = Messages.of(Language.ZH);
    private final List<String> failures = new ArrayList<>();

    @Test
    void everyMutantIsReadOrSetAsideAndNoServiceThrowsOnACaseThatWasRead() throws Exception {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        FamilyCase good = FullCase.sample();
        ObjectNode original = (ObjectNode) Json.mapper().readTree(CaseFileCodec.encode(good));
        CaseMutator mutator = new CaseMutator(new Random(SEED));
        int read = 0;
        int setAside = 0;
        int pdfs = 0;
        long loadNanos = 0;
        int servicesRun = 0;
        for (int folder = 0; folder * PER_FOLDER < MUTANTS; folder++) {
            Path data = root.resolve("data-" + folder);
            CaseStore writer = new CaseStore(data);
            good.setId("good");
            writer.save(good);
            Map<String, String> described = new HashMap<>();
            for (int i = folder * PER_FOLDER; i < Math.min(MUTANTS, (folder + 1) * PER_FOLDER); i++) {
                String id = "m" + i;
                CaseMutator.Mutant mutant = mutator.mutate(original, id);
                described.put(id, mutant.description());
                Files.write(writer.casesDir().resolve(id + ".json"), mutant.bytes());
            }

            long loadStart = System.nanoTime();
            LoadResult result = new CaseStore(data).loadAll();
            loadNanos += System.nanoTime() - loadStart;

            assertEquals(described.size() + 1, result.cases().size() + result.setAside().size(), "every file is read or set aside");
            assertTrue(result.cases().stream().anyMatch(c -> c.getId().equals("good")), "the good case always loads");
            for (SetAsideFile file : result.setAside()) {
                assertTrue(file.problem() != null && !file.reason(english).isBlank() && !file.reason(chinese).isBlank(),
                        "a reason for " + file.original().getFileName());
                assertTrue(Files.exists(file.movedTo()), "kept in damaged/: " + file.original().getFileName());
            }
            for (FamilyCase loaded : result.cases()) {
                servicesRun++;
                boolean pdf = servicesRun % PDF_EVERY == 0;
                runEveryService(loaded, pdf, servicesRun % THOROUGH_EVERY == 0, described.getOrDefault(loaded.getId(), "the good case"));
                pdfs += pdf ? 1 : 0;
            }
            List<Reminder> due = DueReminders.due(result.cases(), FullCase.TODAY, FullCase.TODAY.minusDays(1));
            assertTrue(due.stream().anyMatch(r -> r.caseName().equals(good.getTitle())), "the good case's reminder is due: " + due);
            read += result.cases().size() - 1;
            setAside += result.setAside().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU time too: on a shared build machine the wall time says more about the neighbours than about this test.
        System.out.printf("Case corpus: %d mutants (%d read, %d set aside), %d packet PDFs, in %.1f s (loadAll %.1f s), %.1f s of CPU%n",
                MUTANTS, read, setAside, pdfs, seconds, loadNanos / 1e9, (processCpuNanos() - cpuStart) / 1e9);
        assertTrue(failures.isEmpty(), failures.size() + " failures, the first:\n" + String.join("\n\n", failures.subList(0, Math.min(5, failures.size()))));
        assertEquals(MUTANTS, read + setAside);
        assertTrue(read > MUTANTS / 5 && setAside > MUTANTS / 5, "the corpus exercises both outcomes: read " + read + ", set aside " + setAside);
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /**
     * What the window's views and the commands do with a loaded case, in both languages, on the test's day; one case
     * in {@link #THOROUGH_EVERY} also on days long before and after, through JSON output and a save and a read again.
     */
    private void runEveryService(FamilyCase c, boolean pdf, boolean thorough, String mutation) {
        List<LocalDate> days = thorough ? List.of(FullCase.TODAY, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)) : List.of(FullCase.TODAY);
        for (LocalDate today : days) {
            try {
                // The one analysis every view and command reads, and the packet built from it.
                var analysis = io.permitguide.service.analysis.CaseAnalyzer.of(c, today);
                var packet = CasePacket.of(analysis, PacketLanguage.BOTH);
                var assessment = analysis.assessment();
                analysis.checklistSummary();
                analysis.calendarEntries("x");
                PermitTimeline timeline = analysis.timeline();
                List<Reminder> reminders = analysis.reminders("x");
                DueReminders.due(List.of(c), today, today.minusDays(400));
                CaseValidator.validate(c, today).forEach(p -> p.message(english));
                for (Messages m : List.of(english, chinese)) {
                    AssessmentText.lines(assessment, m);
                    TimelineTexts.status(timeline.status(), m);
                    timeline.conflicts().forEach(conflict -> TimelineTexts.conflict(conflict, m));
                    reminders.forEach(r -> r.title(m));
                }
                if (pdf && today.equals(FullCase.TODAY)) {
                    PacketPdf.toBytes(packet, null);
                }
                if (thorough) {
                    Json.mapper().writeValueAsString(timeline);
                    CaseFileCodec.decode(CaseFileCodec.encode(c));
                }
            } catch (Throwable e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                failures.add("case " + c.getId() + " (" + mutation + ") on " + today + ": " + trace.toString().lines().limit(12).reduce("", (a, b) -> a + "\n" + b));
            }
        }
    }

    @Test
    void theMutatorReplacesWholeValuesAndBytes() {
        CaseMutator mutator = new CaseMutator(new Random(1));
        ObjectNode original;
        try {
            original = (ObjectNode) Json.mapper().readTree(CaseFileCodec.encode(FullCase.sample()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            kinds.add(mutator.mutate(original, "x").description().split(" ")[0]);
        }
        for (String kind : List.of("null", "type", "huge", "number", "date", "delete", "bytes", "enum")) {
            assertTrue(kinds.contains(kind), "the corpus has " + kind + " mutants");
        }
        assertFalse(original.path("familyCase").path("title").isNull(), "the original is left alone");
    }

    /** Makes one mutant of a case file's JSON tree. */
    static final class CaseMutator {
        record Mutant(byte[] bytes, String description) {
        }

        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
        private static final String[] DATES = {"0000-01-01", "9999-12-31", "+999999999-12-31", "-999999999-01-01", "+10000-01-01",
            "2026-02-30", "2026-13-01", "2026-1-5", "20261231", "2026-12-31T10:00", " 2026-12-31", "", "tomorrow", "1970-01-01"};
        private static final String[] TEXTS = {"", " ", "OTHER_THING", "null", "\u0000", "\uD800", "beijing", "CN", "HK", "zz", "30"};
        private static final String DEEP = "deeply nested arrays";
        private final Random random;

        CaseMutator(Random random) {
            this.random = random;
        }

        Mutant mutate(ObjectNode original, String id) {
            ObjectNode tree = original.deepCopy();
            ((ObjectNode) tree.get("familyCase")).put("id", id);
            if (random.nextInt(5) == 0) {
                return new Mutant(flipBytes(json(tree)), "bytes");
            }
            StringBuilder description = new StringBuilder();
            for (int n = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0); n > 0; n--) {
                description.append(replaceOneValue(tree)).append("; ");
            }
            String json = json(tree).replace("\"" + DEEP + "\"", "[".repeat(1_500) + "]".repeat(1_500));
            return new Mutant(bytes(json), description.toString());
        }

        private String replaceOneValue(ObjectNode tree) {
            List<Object[]> slots = new ArrayList<>();
            collect(random.nextInt(20) == 0 ? tree : tree.get("familyCase"), slots);
            if (slots.isEmpty()) {
                collect(tree, slots); // the case itself was replaced by an earlier mutation
            }
            Object[] slot = slots.get(random.nextInt(slots.size()));
            JsonNode container = (JsonNode) slot[0];
            JsonNode old = container instanceof ObjectNode o ? o.get((String) slot[1]) : ((ArrayNode) container).get((Integer) slot[1]);
            String where = slot[1].toString();
            int kind = random.nextInt(100);
            JsonNode replacement;
            String label;
            if (kind < 22) {
                replacement = NODES.nullNode();
                label = "null";
            } else if (kind < 40) {
                replacement = wrongType(old);
                label = "type";
            } else if (kind < 46) {
                replacement = huge();
                label = "huge";
            } else if (kind < 58) {
                replacement = number();
                label = "number";
            } else if (kind < 75) {
                replacement = old != null && old.isTextual() && old.asText().matches("\\d{4}-\\d\\d-\\d\\d") || random.nextBoolean()
                        ? NODES.textNode(DATES[random.nextInt(DATES.length)]) : NODES.numberNode(20261231);
                label = "date";
            } else if (kind < 85) {
                if (container instanceof ObjectNode o) {
                    o.remove((String) slot[1]);
                } else {
                    ((ArrayNode) container).remove((Integer) slot[1]);
                }
                return "delete " + where;
            } else {
                replacement = NODES.textNode(TEXTS[random.nextInt(TEXTS.length)]);
                label = "enum";
            }
            if (container instanceof ObjectNode o) {
                o.set((String) slot[1], replacement);
            } else {
                ((ArrayNode) container).set((Integer) slot[1], replacement);
            }
            return label + " " + where + " = " + abbreviated(replacement);
        }

        /** Every value of the tree, as (container, key or index). */
        private static void collect(JsonNode node, List<Object[]> slots) {
            if (node instanceof ObjectNode object) {
                object.fieldNames().forEachRemaining(name -> {
                    slots.add(new Object[] {object, name});
                    collect(object.get(name), slots);
                });
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    slots.add(new Object[] {array, i});
                    collect(array.get(i), slots);
                }
            }
        }

        private JsonNode wrongType(JsonNode old) {
            return switch (random.nextInt(8)) {
                case 0 -> NODES.objectNode();
                case 1 -> NODES.arrayNode();
                case 2 -> NODES.arrayNode().add(NODES.nullNode());
                case 3 -> NODES.objectNode().putNull("x");
                case 4 -> NODES.booleanNode(random.nextBoolean());
                case 5 -> NODES.numberNode(random.nextInt(100) - 50);
                case 6 -> NODES.numberNode(1.5);
                default -> old != null && (old.isObject() || old.isArray()) ? NODES.textNode("text") : NODES.objectNode().put("a", 1);
            };
        }

        private JsonNode huge() {
            return switch (random.nextInt(20)) {
                case 0 -> NODES.textNode("长".repeat(400_000)); // over a megabyte: refused unread
                case 1, 2, 3, 4, 5 -> NODES.textNode("x".repeat(20_000 + random.nextInt(100_000)));
                case 6, 7, 8, 9 -> {
                    ArrayNode array = NODES.arrayNode();
                    for (int i = 0; i < 20_000; i++) {
                        array.add(random.nextInt(3) == 0 ? NODES.nullNode() : NODES.numberNode(i));
                    }
                    yield array;
                }
                case 10, 11 -> {
                    ArrayNode array = NODES.arrayNode();
                    for (int i = 0; i < 3_000; i++) {
                        array.add(NODES.objectNode().put("label", "item " + i).put("state", "HAVE"));
                    }
                    yield array;
                }
                case 12, 13 -> {
                    ObjectNode map = NODES.objectNode();
                    for (int i = 0; i < 5_000; i++) {
                        map.set("code" + i, NODES.objectNode().put("state", "HAVE").put("note", "n"));
                    }
                    yield map;
                }
                default -> NODES.textNode(DEEP); // replaced by nesting deeper than the parser allows, once written
            };
        }

        private JsonNode number() {
            return switch (random.nextInt(10)) {
                case 0 -> NODES.numberNode(Long.MAX_VALUE);
                case 1 -> NODES.numberNode(Long.MIN_VALUE);
                case 2 -> NODES.numberNode(Integer.MAX_VALUE);
                case 3 -> NODES.numberNode(Integer.MIN_VALUE);
                case 4 -> NODES.numberNode(2147483648L);
                case 5 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
                case 6 -> NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
                case 7 -> NODES.numberNode(-1);
                case 8 -> NODES.numberNode(0);
                default -> NODES.numberNode(Double.NaN);
            };
        }

        private byte[] flipBytes(String json) {
            byte[] bytes = bytes(json);
            switch (random.nextInt(4)) {
                case 0 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
                case 1 -> {
                    for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                }
                case 2 -> {
                    int at = random.nextInt(bytes.length);
                    bytes[at] = (byte) (bytes[at] ^ (1 << random.nextInt(8)));
                }
                default -> {
                    int from = random.nextInt(bytes.length);
                    int to = Math.min(bytes.length, from + random.nextInt(40));
                    byte[] cut = new byte[bytes.length - (to - from)];
                    System.arraycopy(bytes, 0, cut, 0, from);
                    System.arraycopy(bytes, to, cut, from, bytes.length - to);
                    bytes = cut;
                }
            }
            return bytes;
        }

        private static String json(JsonNode tree) {
            return tree.toPrettyString();
        }

        private static byte[] bytes(String text) {
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        private static String abbreviated(JsonNode node) {
            String text = node.toString();
            return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + " chars)" : text;
        }
    }
}
