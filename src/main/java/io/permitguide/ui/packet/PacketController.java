package io.permitguide.ui.packet;

import io.permitguide.service.i18n.Messages;
import io.permitguide.service.packet.CasePacket;
import io.permitguide.service.packet.PacketInput;
import io.permitguide.service.packet.PacketLanguage;
import io.permitguide.service.packet.PacketPdf;
import io.permitguide.service.packet.PacketWriteException;
import io.permitguide.service.timeline.ChinaDates;
import io.permitguide.ui.BackgroundWork;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.CaseNames;
import io.permitguide.ui.Dialogs;
import io.permitguide.ui.FirstFrame;
import io.permitguide.ui.PasswordDialog;
import io.permitguide.ui.SectionController;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The Packet section: languages, a preview of the pages and the export (with an optional password). */
public class PacketController implements SectionController, CaseContext.Listener {
    /** The preview waits for typing to pause this long: each keystroke would otherwise start a new rendering. */
    static final Duration TYPING_PAUSE = Duration.millis(300);
    /** Preview resolution: sharp enough to read on screen, cheap enough to redraw on each change. */
    private static final float PREVIEW_DPI = 72;
    /** One background thread renders; a newer request makes an older result obsolete. */
    private static final ExecutorService RENDERER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "packet-preview");
        thread.setDaemon(true);
        return thread;
    });

    @FXML
    private ComboBox<PacketLanguage> languageChoice;
    @FXML
    private Button exportButton;
    @FXML
    private Label statusLabel;
    @FXML
    private VBox previewPages;

    private CaseContext context;
    private Messages messages;
    private Clock clock = ChinaDates.systemClock();
    private Function<CaseContext, File> fileChooser = PacketController::chooseFile;
    private final AtomicLong previewGeneration = new AtomicLong();
    private volatile int previewPageCount = -1;
    private int previewsShown;
    private final PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);

    @FXML
    private void initialize() {
        languageChoice.getItems().setAll(PacketLanguage.values());
        languageChoice.setValue(PacketLanguage.BOTH);
        languageChoice.valueProperty().addListener((obs, old, value) -> refreshPreview());
        typingPause.setOnFinished(e -> refreshPreview());
        // White pages on grey instead of a drop shadow per page: in software rendering the shadows' blur made every
        // repaint of the section cost about 0.3 s more on two busy cores (pulse logger).
        previewPages.setStyle("-fx-background-color: #d9dce0; -fx-padding: 16;");
    }

    @Override
    public void show(CaseContext caseContext) {
        showAhead(caseContext);
        PacketPdf.preload();
        refreshPreview();
    }

    /**
     * Built ahead, the section draws no pages until its first visit: rendering the packet (PDFBox, its fonts, the
     * pages' pixels) kept about 38 MB in a window where the family may never open this section.
     */
    @Override
    public boolean showAhead(CaseContext caseContext) {
        this.context = caseContext;
        this.messages = caseContext.messages();
        StringConverter<PacketLanguage> names = new StringConverter<>() {
            @Override
            public String toString(PacketLanguage language) {
                return language == null ? "" : messages.get("packet.view.language." + language.name());
            }

            @Override
            public PacketLanguage fromString(String text) {
                return null;
            }
        };
        languageChoice.setConverter(names);
        languageChoice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(PacketLanguage item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : names.toString(item));
            }
        });
        showPreparing();
        return true;
    }

    /** Another section changed the case: draw again once the typing pauses. */
    @Override
    public void caseChanged(Object source) {
        typingPause.playFromStart();
    }

    /**
     * Shown again after changes: no typing to wait for, but the packet's input is read after the section's first
     * frame (building it took about 40 ms), so the section comes up at once, its old pages hidden.
     */
    @Override
    public void shownAfterChanges() {
        showPreparing();
        if (previewPages.getScene() == null) {
            refreshPreview();
        } else {
            FirstFrame.afterNextFrame(previewPages, this::refreshPreview);
        }
    }

    /** For tests: the date in China the packet is generated on. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** For tests: how many previews have been put on screen so far. */
    int previewsShown() {
        return previewsShown;
    }

    /** Pages in the current preview, or -1 while it is being drawn. */
    int previewPageCount() {
        return previewPageCount;
    }

    private PacketInput input() {
        return CasePacket.of(context.analysis(ChinaDates.today(clock)), languageChoice.getValue());
    }

    /** Draws the pages again off the FX thread; the input is read here, on the FX thread, where the case is edited. */
    private void refreshPreview() {
        typingPause.stop();
        if (context == null) {
            return;
        }
        PacketInput input = input();
        long generation = previewGeneration.incrementAndGet();
        previewPageCount = -1;
        showPreparing();
        Task<List<Image>> task = new Task<>() {
            @Override
            protected List<Image> call() throws IOException {
                return io.permitguide.ui.PdfPageImages.render(PacketPdf.toBytes(input, null), PREVIEW_DPI);
            }
        };
        task.setOnSucceeded(event -> {
            if (generation == previewGeneration.get()) {
                showPages(task.getValue());
            }
        });
        task.setOnFailed(event -> {
            if (generation == previewGeneration.get()) {
                statusLabel.setText(messages.get("packet.view.previewFailed", String.valueOf(task.getException().getMessage())));
            }
        });
        RENDERER.submit(task);
    }

    private void showPages(List<Image> pages) {
        List<ImageView> views = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            ImageView view = new ImageView(pages.get(i));
            view.setPreserveRatio(true);
            view.setAccessibleText(messages.get("packet.view.page", i + 1, pages.size()));
            views.add(view);
        }
        previewPages.getChildren().setAll(views);
        previewPages.setVisible(true);
        previewPageCount = pages.size();
        previewsShown++;
        statusLabel.setText(messages.get("packet.view.ready", pages.size()));
    }

    /**
     * Says the preview is being prepared and hides the pages drawn for an earlier state of the case (their room kept)
     * until the new ones come. Hidden, not dimmed: software rendering took about 40 ms a frame to paint three
     * translucent page images, and the section's later visits went over their budget.
     */
    private void showPreparing() {
        statusLabel.setText(messages.get("packet.view.preparing"));
        previewPages.setVisible(false);
    }

    @FXML
    private void onExport() {
        export();
    }

    /**
     * The one export flow, from the button and from File > Export packet: where to save, then a password (typed
     * twice, may be left empty), then the packet in the languages chosen here; a message says where it went.
     */
    public void export() {
        File file = fileChooser.apply(context);
        if (file == null) {
            return;
        }
        Optional<char[]> password = PasswordDialog.forExport(context.owner(), messages);
        if (password.isPresent()) {
            exportTo(file.toPath(), password.get());
        }
    }

    /** Replaces the system's save dialog (tests use it; the window's flows keep the default). */
    public void setFileChooser(Function<CaseContext, File> chooser) {
        this.fileChooser = chooser;
    }

    /**
     * Writes the packet with the chosen languages in the background; an empty password means none. Says where it
     * went, or why not. The input is read now, on the FX thread, where the case is edited.
     */
    Task<Path> exportTo(Path file, char[] password) {
        PacketInput input = input();
        char[] secret = password.length == 0 ? null : password;
        return BackgroundWork.run(context.owner(), messages.get("work.writing", file.getFileName()), () -> {
            try {
                PacketPdf.write(input, file, secret);
                return file;
            } finally {
                Arrays.fill(password, '\0');
            }
        }, written -> {
            String text = messages.get("cli.packet.written", written.toAbsolutePath());
            statusLabel.setText(text);
            Dialogs.info(context.owner(), messages, messages.get("packet.view.exportTitle"), null, text);
        }, e -> {
            statusLabel.setText(failure(messages, file, e));
            Dialogs.error(context.owner(), messages, failure(messages, file, e));
        });
    }

    /** Why the packet was not written, in the user's language when the reason is known. */
    private static String failure(Messages messages, Path file, Throwable e) {
        String reason = e instanceof PacketWriteException known ? messages.get(known.messageKey()) : e.getMessage();
        return messages.get("error.export", file, reason);
    }

    private static File chooseFile(CaseContext context) {
        Messages messages = context.messages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("packet.view.exportTitle"));
        chooser.setInitialFileName(messages.get("packet.view.fileName", CaseNames.display(context.familyCase(), messages)));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("packet.view.filter"), "*.pdf"));
        return io.permitguide.ui.FileDialogs.showSave(chooser, context.owner());
    }
}
