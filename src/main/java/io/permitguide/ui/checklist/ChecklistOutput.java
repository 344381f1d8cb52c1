package io.permitguide.ui.checklist;

import io.permitguide.service.i18n.Messages;
import io.permitguide.service.packet.CasePacket;
import io.permitguide.service.packet.PacketLanguage;
import io.permitguide.service.packet.PacketPdf;
import io.permitguide.service.printing.PdfPrinter;
import io.permitguide.service.storage.AtomicFiles;
import io.permitguide.service.timeline.ChinaDates;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.Dialogs;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;

/** The checklist on paper: to a printer through the OS's print system, or as a PDF file. */
public final class ChecklistOutput {
    private ChecklistOutput() {
    }

    static byte[] pdf(CaseContext context, PacketLanguage language) throws IOException {
        return PacketPdf.checklistBytes(CasePacket.of(context.analysis(), language));
    }

    /** Lets the user pick a printer, then prints in the background; File > Print checklist and the view's button. */
    public static void print(CaseContext context, PacketLanguage language) {
        Messages messages = context.messages();
        List<String> printers = PdfPrinter.printerNames();
        if (printers.isEmpty()) {
            Dialogs.error(context.owner(), messages, messages.get("checklist.print.noPrinter"));
            return;
        }
        Dialogs.choose(context.owner(), messages, messages.get("checklist.print.title"), null, messages.get("checklist.print.printer"),
                printers, name -> name).ifPresent(printer -> {
                    Task<Void> job = new Task<>() {
                        @Override
                        protected Void call() throws Exception {
                            PdfPrinter.print(pdf(context, language), printer, messages.get("checklist.pdf.title"));
                            return null;
                        }
                    };
                    job.setOnSucceeded(e -> Dialogs.info(context.owner(), messages, messages.get("checklist.print.title"), null,
                            messages.get("checklist.print.sent", printer)));
                    job.setOnFailed(e -> Dialogs.error(context.owner(), messages,
                            messages.get("checklist.print.failed", job.getException().getMessage())));
                    Thread thread = new Thread(job, "print-checklist");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    public static void savePdf(CaseContext context, PacketLanguage language) {
        Messages messages = context.messages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("checklist.savePdf").replace("_", ""));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("checklist.pdf.filter"), "*.pdf"));
        chooser.setInitialFileName(messages.get("checklist.title") + ".pdf");
        File file = chooser.showSaveDialog(context.owner());
        if (file != null) {
            var input = CasePacket.of(context.analysis(), language); // read on the FX thread, where the case is edited
            io.permitguide.ui.BackgroundWork.run(context.owner(), messages.get("work.writing", file.getName()), () -> {
                AtomicFiles.write(file.toPath(), PacketPdf.checklistBytes(input));
                return file;
            }, written -> { }, e -> Dialogs.error(context.owner(), messages, messages.get("error.export", file, e.getMessage())));
        }
    }
}
