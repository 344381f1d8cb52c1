package io.permitguide.bench;

import io.permitguide.service.packet.PacketCases;
import io.permitguide.service.packet.PacketInput;
import io.permitguide.service.packet.PacketLanguage;
import io.permitguide.service.packet.PacketPdf;
import io.permitguide.service.storage.CaseFileCodec;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The packet's budgets (issue 6): a typical packet under 300 KB, under 1 s from a cold command-line start, under
 * 200 ms warm inside the app. Run by {@code installer/bench-packet.sh}; prints a Markdown table and exits 1 when a
 * budget is missed. Not a test: timings on a shared machine do not belong in the build.
 */
public final class PacketBenchmark {
    private static final int COLD_RUNS = 5;
    private static final int WARM_RUNS = 20;

    private PacketBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("packet-bench");
        Path caseFile = work.resolve("case.json");
        CaseFileCodec.write(PacketCases.usual(), caseFile);

        String classpath = System.getProperty("java.class.path");
        List<Double> cold = new ArrayList<>();
        for (int i = 0; i < COLD_RUNS; i++) {
            cold.add(coldStart(classpath, List.of(), caseFile, work.resolve("cold-" + i + ".pdf"), work));
        }
        // Optional: the same with a class-data archive, as the packaged app starts (needs the classes in a jar).
        String cdsClasspath = System.getProperty("bench.cds.classpath");
        List<Double> cds = new ArrayList<>();
        if (cdsClasspath != null) {
            Path archive = work.resolve("packet.jsa");
            coldStart(cdsClasspath, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off"), caseFile,
                    work.resolve("train.pdf"), work);
            for (int i = 0; i < COLD_RUNS; i++) {
                cds.add(coldStart(cdsClasspath, List.of("-XX:SharedArchiveFile=" + archive), caseFile,
                        work.resolve("cds-" + i + ".pdf"), work));
            }
        }

        PacketInput input = PacketCases.usualInput(PacketLanguage.BOTH);
        Path warmFile = work.resolve("warm.pdf");
        for (int i = 0; i < 5; i++) {
            PacketPdf.write(input, warmFile, null);
        }
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            long start = System.nanoTime();
            PacketPdf.write(input, warmFile, null);
            warm.add((System.nanoTime() - start) / 1e6);
        }
        double kb = Files.size(warmFile) / 1024.0;
        double coldKb = Files.size(work.resolve("cold-0.pdf")) / 1024.0;

        double coldMedian = median(cold);
        double warmMedian = median(warm);
        System.out.println("| measure | result | budget |");
        System.out.println("|---|---|---|");
        System.out.printf("| cold CLI start to PDF (median of %d child JVMs) | %.0f ms (min %.0f) | < 1000 ms |%n",
                COLD_RUNS, coldMedian, Collections.min(cold));
        if (!cds.isEmpty()) {
            System.out.printf("| cold CLI start to PDF with an AppCDS archive trained on `packet` (median of %d) | %.0f ms (min %.0f) | (information) |%n",
                    COLD_RUNS, median(cds), Collections.min(cds));
        }
        System.out.printf("| warm, in process (median of %d) | %.1f ms (max %.1f) | < 200 ms |%n",
                WARM_RUNS, warmMedian, Collections.max(warm));
        System.out.printf("| size, usual case, both languages | %.1f KB (CLI basic packet %.1f KB) | < 300 KB |%n", kb, coldKb);
        boolean ok = coldMedian < 1000 && warmMedian < 200 && kb < 300;
        System.out.println(ok ? "All within budget." : "OVER BUDGET");
        System.exit(ok ? 0 : 1);
    }

    /** Milliseconds from starting a fresh JVM running the packet command until it has exited with the PDF written. */
    private static double coldStart(String classpath, List<String> jvmOptions, Path caseFile, Path pdf, Path work)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, "-Dpermitguide.data=" + work.resolve("data"), "io.permitguide.Launcher",
                "packet", caseFile.toString(), "-o", pdf.toString(), "--lang", "both"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(new File(work.toFile(), "cold.log"));
        long start = System.nanoTime();
        Process process = builder.start();
        int code = process.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (code != 0 || !Files.exists(pdf)) {
            throw new IllegalStateException("packet command failed (" + code + "): " + Files.readString(work.resolve("cold.log")));
        }
        return ms;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
