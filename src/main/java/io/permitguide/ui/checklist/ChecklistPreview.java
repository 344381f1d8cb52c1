package io.permitguide.ui.checklist;

import io.permitguide.service.checklist.ChecklistTexts;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.packet.CasePacket;
import io.permitguide.service.packet.PacketLanguage;
import io.permitguide.service.packet.PacketPdf;
import io.permitguide.service.printing.PdfPrinter;
import io.permitguide.service.storage.AtomicFiles;
import io.permitguide.ui.BackgroundWork;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.FileDialogs;
import io.permitguide.ui.PdfPageImages;
import io.permitguide.ui.SectionController;
import io.permitguide.ui.Views;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The print preview of the checklist: the pages as they will print, in the chosen language, with copies and printer;
 * prints through the OS's print system or saves a PDF, and says where it went. File > Print checklist opens it.
 */
public final class ChecklistPreview implements SectionController {
    /** Sharp enough to read the page on screen. */
    private static final float PREVIEW_DPI = 72;
    private static final int MAX_COPIES = 20;
    /** One background thread draws and prints; a newer drawing makes an older result obsolete. */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "checklist-preview");
        thread.setDaemon(true);
        return thread;
    });

    @FXML private ComboBox<PacketLanguage> languageChoice;
    @FXML private Spinner<Integer> copiesSpinner;
    @FXML private ComboBox<String> printerChoice;
    @FXML private Label pageCountLabel;
    @FXML private VBox pagesBox;
    @FXML private Label statusLabel;
    @FXML private Button saveButton;
    @FXML private Button printButton;

    private CaseContext context;
    private Messages messages;
    private DocumentCode document;
    private final AtomicLong generation = new AtomicLong();
    /** The PDF on screen; null while it is being drawn. */
    private byte[] pdf;

    /** Opens the preview over the case's window. */
    public static ChecklistPreview open(CaseContext context) {
        Views.Loaded<ChecklistPreview> view = Views.load("ChecklistPreview", context.messages());
        view.controller().show(context);
        Stage stage = new Stage();
        stage.initOwner(context.owner());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(context.messages().get("checklist.preview.title"));
        Scene scene = new Scene(view.root());
        if (context.owner() != null && context.owner().getScene() != null) {
            scene.getStylesheets().setAll(context.owner().getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return view.controller();
    }

    @Override
    public void show(CaseContext context) {
        this.context = context;
        this.messages = context.messages();
        this.document = context.analysis().document();
        languageChoice.getItems().setAll(PacketLanguage.values());
        languageChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(PacketLanguage language) {
                return language == null ? "" : messages.get("checklist.language." + language.name());
            }

            @Override
            public PacketLanguage fromString(String text) {
                return Arrays.stream(PacketLanguage.values()).filter(l -> toString(l).equals(text)).findFirst().orElse(null);
            }
        });
        languageChoice.setValue(PacketLanguage.BOTH);
        languageChoice.valueProperty().addListener((obs, old, now) -> render());
        copiesSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX_COPIES, 1));
        printerChoice.setDisable(true);
        printButton.setDisable(true);
        findPrinters();
        render();
    }

    /** Pages on screen, or -1 while they are being drawn. */
    int pageCount() {
        return pdf == null ? -1 : pagesBox.getChildren().size();
    }

    /** Makes the PDF from the case here, on the FX thread where the case is edited, and draws its pages in the background. */
    private void render() {
        PacketLanguage language = languageChoice.getValue();
        var input = CasePacket.of(context.analysis(), language);
        long mine = generation.incrementAndGet();
        pdf = null;
        saveButton.setDisable(true);
        printButton.setDisable(true);
        pageCountLabel.setText("");
        statusLabel.setText(messages.get("checklist.preview.rendering"));
        Task<Rendered> task = new Task<>() {
            @Override
            protected Rendered call() throws IOException {
                byte[] bytes = PacketPdf.checklistBytes(input, document);
                return new Rendered(bytes, PdfPageImages.render(bytes, PREVIEW_DPI));
            }
        };
        task.setOnSucceeded(e -> {
            if (mine == generation.get()) {
                showPages(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (mine == generation.get()) {
                statusLabel.setText(messages.get("checklist.preview.failed", String.valueOf(task.getException().getMessage())));
            }
        });
        WORKER.submit(task);
    }

    private record Rendered(byte[] pdf, List<Image> pages) {
    }

    private void showPages(Rendered rendered) {
        int total = rendered.pages().size();
        pagesBox.getChildren().clear();
        for (int i = 0; i < total; i++) {
            ImageView page = new ImageView(rendered.pages().get(i));
            page.setPreserveRatio(true);
            page.setFitWidth(Math.min(rendered.pages().get(i).getWidth(), 560));
            page.setAccessibleText(messages.get("checklist.preview.page", i + 1, total));
            page.getStyleClass().add("preview-page");
            page.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
            pagesBox.getChildren().add(page);
        }
        pdf = rendered.pdf();
        pageCountLabel.setText(messages.get("checklist.preview.pages", total));
        statusLabel.setText("");
        saveButton.setDisable(false);
        printButton.setDisable(printerChoice.getValue() == null);
    }

    /** Asks the OS for its printers in the background (CUPS can take a moment); none leaves Save as PDF. */
    private void findPrinters() {
        Task<List<String>> task = new Task<>() {
            @Override
            protected List<String> call() {
                return PdfPrinter.printerNames();
            }
        };
        task.setOnSucceeded(e -> {
            List<String> printers = task.getValue();
            printerChoice.getItems().setAll(printers);
            if (printers.isEmpty()) {
                statusLabel.setText(messages.get("checklist.print.noPrinter"));
                return;
            }
            printerChoice.setValue(printers.get(0));
            printerChoice.setDisable(false);
            printButton.setDisable(pdf == null);
        });
        WORKER.submit(task);
    }

    @FXML
    void onPrint() {
        byte[] bytes = pdf;
        String printer = printerChoice.getValue();
        if (bytes == null || printer == null) {
            return;
        }
        copiesSpinner.commitValue(); // what was typed, even without Enter
        int copies = copiesSpinner.getValue();
        String jobName = ChecklistTexts.printTitle(document, messages);
        printButton.setDisable(true);
        Task<Void> job = new Task<>() {
            @Override
            protected Void call() throws Exception {
                PdfPrinter.print(bytes, printer, jobName, copies);
                return null;
            }
        };
        job.setOnSucceeded(e -> {
            printButton.setDisable(false);
            statusLabel.setText(messages.get("checklist.print.sentCopies", copies, printer));
        });
        job.setOnFailed(e -> {
            printButton.setDisable(false);
            statusLabel.setText(messages.get("checklist.print.failed", String.valueOf(job.getException().getMessage())));
        });
        WORKER.submit(job);
    }

    @FXML
    void onSave() {
        byte[] bytes = pdf;
        if (bytes == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("checklist.preview.save").replace("_", ""));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("checklist.pdf.filter"), "*.pdf"));
        chooser.setInitialFileName(ChecklistTexts.printTitle(document, messages) + ".pdf");
        Window window = statusLabel.getScene().getWindow();
        File file = FileDialogs.showSave(chooser, window);
        if (file == null) {
            return;
        }
        // Written in the background: a slow or network disk must not freeze the preview. One save at a time.
        saveButton.setDisable(true);
        BackgroundWork.run(window, messages.get("work.writing", file.getName()), () -> {
            AtomicFiles.write(file.toPath(), bytes);
            return file;
        }, saved -> {
            saveButton.setDisable(pdf == null);
            statusLabel.setText(messages.get("checklist.saved", saved.getAbsolutePath()));
        }, e -> {
            saveButton.setDisable(pdf == null);
            statusLabel.setText(messages.get("error.export", file, e.getMessage()));
        });
    }

    @FXML
    void onClose() {
        ((Stage) statusLabel.getScene().getWindow()).close();
    }

    /** The PDF on screen, for tests; null while it is being drawn. */
    byte[] shownPdf() {
        return pdf;
    }
}
