package io.permitguide.service.printing;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a PDF through the operating system's print system (CUPS on Linux) with Java's printing API; PDFBox
 * renders the pages, so the printer needs no PDF support of its own.
 */
public final class PdfPrinter {
    private PdfPrinter() {
    }

    /** The printers the OS offers, the default one first. */
    public static List<String> printerNames() {
        PrintService preferred = PrintServiceLookup.lookupDefaultPrintService();
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName)
                .sorted((a, b) -> preferred != null && a.equals(preferred.getName()) ? -1
                        : preferred != null && b.equals(preferred.getName()) ? 1 : a.compareTo(b))
                .toList();
    }

    public static void print(byte[] pdf, String printerName, String jobName, int copies) throws IOException, PrinterException {
        PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printerName)).findFirst()
                .orElseThrow(() -> new PrinterException("no printer named " + printerName));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            // The layout is A4; without this, CUPS would scale it to the printer's default (often Letter).
            attributes.add(MediaSizeName.ISO_A4);
            attributes.add(new JobName(jobName, null));
            attributes.add(new Copies(copies));
            job.print(attributes);
        }
    }
}
