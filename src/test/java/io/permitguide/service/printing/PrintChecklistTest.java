package io.permitguide.service.printing;

import io.permitguide.service.analysis.CaseAnalyzer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.MarriagePlace;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.service.packet.CasePacket;
import io.permitguide.service.packet.PacketLanguage;
import io.permitguide.service.packet.PacketPdf;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Prints the checklist for real, through the OS print system, to the virtual "PDF" printer that {@code .ci/cups.sh}
 * sets up (cups-pdf), and checks that the printed pages show what the app's own PDF shows. CUPS turns text into
 * glyph drawings on the way, so the pages are compared as pictures: the same marks in the same places.
 */
@org.junit.jupiter.api.Tag("slow")
class PrintChecklistTest {
    private static final List<Path> OUTPUT_FOLDERS = List.of(Path.of(System.getProperty("user.home"), "PDF"),
            Path.of("/var/spool/cups-pdf/ANONYMOUS"));

    @Test
    void theChecklistComesOutOfTheVirtualPrinterAsTheSamePages() throws Exception {
        Assumptions.assumeTrue(PdfPrinter.printerNames().contains("PDF"), "no CUPS printer named PDF (run .ci/cups.sh)");
        FamilyCase c = GuidanceCases.usual();
        c.setMarriage(MarriagePlace.ABROAD);
        byte[] ours = PacketPdf.checklistBytes(CasePacket.of(CaseAnalyzer.of(c, GuidanceCases.TODAY), PacketLanguage.BOTH),
                DocumentCode.ENTRY_EXIT_PERMIT);
        String job = "permit-guide-test-" + System.nanoTime();
        long before = System.currentTimeMillis();

        PdfPrinter.print(ours, "PDF", job, 1);

        Path printed = waitForOutput(job, before);
        try (PDDocument expected = Loader.loadPDF(ours); PDDocument actual = Loader.loadPDF(printed.toFile())) {
            assertEquals(expected.getNumberOfPages(), actual.getNumberOfPages(), "same number of pages");
            double similarity = similarity(page(expected), page(actual));
            assertTrue(similarity > 0.85, "printed page 1 looks like the checklist: correlation " + similarity);
        }
    }

    private static Path waitForOutput(String job, long after) throws Exception {
        for (int i = 0; i < 120; i++) {
            for (Path folder : OUTPUT_FOLDERS) {
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        var found = files.filter(f -> f.getFileName().toString().startsWith(job) && f.toString().endsWith(".pdf"))
                                .filter(f -> f.toFile().lastModified() >= after - 2000).findFirst();
                        if (found.isPresent() && complete(found.get())) {
                            return found.get();
                        }
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no PDF named " + job + "* appeared in " + OUTPUT_FOLDERS);
    }

    /** cups-pdf writes through Ghostscript, slowly on a busy machine: done when the file ends and stops growing. */
    private static boolean complete(Path file) throws Exception {
        long size = Files.size(file);
        Thread.sleep(500);
        if (size == 0 || Files.size(file) != size) {
            return false;
        }
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("%%EOF");
    }

    private static double[] page(PDDocument document) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImage(0, 0.5f);
        int cols = 40;
        int rows = 56;
        double[] cells = new double[cols * rows];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double dark = 255 - (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3.0;
                cells[Math.min(rows - 1, y * rows / image.getHeight()) * cols + Math.min(cols - 1, x * cols / image.getWidth())] += dark;
            }
        }
        return cells;
    }

    /** Pearson correlation of two darkness maps: 1 when the same marks sit in the same places. */
    private static double similarity(double[] a, double[] b) {
        double ma = java.util.Arrays.stream(a).average().orElse(0);
        double mb = java.util.Arrays.stream(b).average().orElse(0);
        double num = 0;
        double da = 0;
        double db = 0;
        for (int i = 0; i < a.length; i++) {
            num += (a[i] - ma) * (b[i] - mb);
            da += (a[i] - ma) * (a[i] - ma);
            db += (b[i] - mb) * (b[i] - mb);
        }
        return num / Math.sqrt(da * db);
    }
}
