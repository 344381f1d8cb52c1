package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.ItemState;
import io.permitguide.model.Language;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.SettingsStore;
import io.permitguide.ui.packet.PacketController;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first hour of a new user, through the real window with an empty data folder: the welcome, the interview for
 * the usual case (a Chinese parent without the child on a hukou, so the hukou city is skipped), the Guide's answer
 * with its numbered next steps, the checklist ticked and printed to PDF from the preview, and the application packet
 * exported without a password. Every step asserts the texts a user reads. In English here, in Chinese in
 * {@link FirstHourChineseTest}.
 *
 * <p>With {@code -Dpermitguide.snapshots=DIR} each step is also written to DIR as a PNG, at the window size given by
 * {@code -Dpermitguide.snapshotSize=WIDTHxHEIGHT} (900x600, the smallest supported, by default), for a person to
 * look at. Monocle's headless screen is 1280x800 unless {@code -Dheadless.geometry=1920x1080-32} makes it larger:
 * {@code mvn -o test -Dtest='FirstHour*' -Dpermitguide.snapshots=target/snapshots -Dpermitguide.snapshotSize=1920x1080
 * -Dheadless.geometry=1920x1080-32}.
 */
class FirstHourTest extends ApplicationTest {
    private static final String SNAPSHOTS = System.getProperty("permitguide.snapshots");

    @TempDir
    Path dataFolder;
    @TempDir
    Path documents;

    protected final Messages messages = Messages.of(language());
    private MainWindow window;
    private Scene scene;
    private Stage stage;

    protected Language language() {
        return Language.EN;
    }

    @Override
    public void start(Stage primary) throws Exception {
        // A stage of its own: the resized primary stage would carry over to the next test class.
        stage = new Stage();
        new SettingsStore(dataFolder).save(new SettingsStore.Settings(language(), null, null));
        AppSession session = new AppSession(dataFolder);
        session.load();
        window = new MainWindow(session, stage);
        window.open();
        String[] size = System.getProperty("permitguide.snapshotSize", "900x600").split("x");
        stage.setWidth(Double.parseDouble(size[0]));
        stage.setHeight(Double.parseDouble(size[1]));
        stage.show();
        scene = stage.getScene();
    }

    @AfterEach
    void realDialogsAgain() {
        FileDialogs.replaceDialog(null);
        interact(stage::close);
    }

    @Test
    void aNewUserGoesFromTheWelcomeToAPrintedChecklistAndAnExportedPacket() throws Exception {
        // The welcome, beside an empty case list that says what it is for.
        assertEquals(messages.get("welcome.title"), text(scene, "#welcomeTitle"));
        assertEquals(messages.get("welcome.how"), text(scene, "#welcomeHow"));
        assertEquals(messages.get("cases.empty"), ((Label) lookup("#caseList").queryAs(javafx.scene.control.ListView.class).getPlaceholder()).getText());
        snapshot(scene, "1-welcome");

        clickOn("#startButton");
        answerTheInterview();

        // The answer: the document as a heading, then the steps in order.
        assertTrue(lookup("#interview").match(Node::isVisible).tryQuery().isEmpty(), "the interview is closed");
        assertEquals(messages.of(DocumentCode.ENTRY_EXIT_PERMIT), shownTab("#documentLabel"));
        assertEquals(MainController.SECTIONS.indexOf("Guide"), tabs().getSelectionModel().getSelectedIndex());
        assertEquals(messages.get("section.guide"), tabs().getSelectionModel().getSelectedItem().getText());
        VBox nextSteps = lookup("#nextStepsBox").queryAs(VBox.class);
        assertTrue(nextSteps.isVisible());
        assertEquals(messages.get("guide.result.nextSteps"), ((Label) nextSteps.getChildren().get(0)).getText());
        assertTrue(nextSteps.getChildren().size() >= 3, "several steps");
        for (int i = 1; i < nextSteps.getChildren().size(); i++) {
            assertTrue(((Label) nextSteps.getChildren().get(i)).getText().startsWith(i + ".  "), "numbered in order");
        }
        snapshot(scene, "3-answer");

        // The checklist: the child in person is done or not; a paper has a state.
        interact(() -> tabs().getSelectionModel().select(MainController.SECTIONS.indexOf("Checklist")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(messages.get("section.checklist"), tabs().getSelectionModel().getSelectedItem().getText());
        String before = shownTab("#progressLabel");
        CheckBox inPerson = lookup("#done-childInPerson").queryAs(CheckBox.class);
        assertEquals(messages.get("checklist.done"), inPerson.getText());
        clickOn(inPerson);
        assertTrue(inPerson.isSelected());
        @SuppressWarnings("unchecked")
        ComboBox<ItemState> birthCertificate = lookup("#state-birthCertificate").queryAs(ComboBox.class);
        interact(() -> birthCertificate.setValue(ItemState.COPIED));
        String after = shownTab("#progressLabel");
        int[] counts = java.util.regex.Pattern.compile("\\d+").matcher(before).results()
                .mapToInt(m -> Integer.parseInt(m.group())).toArray();
        assertEquals(messages.get("checklist.progress", counts[0] + 2, counts[1]), after, "both count as ready");
        snapshot(scene, "4-checklist");

        // The print preview: its pages, then a PDF saved where chosen, and a message that says where.
        clickOn("#previewButton");
        Scene preview = lookup("#pageCountLabel").query().getScene();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pageCountShown(preview));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(messages.get("checklist.preview.title"), ((Stage) preview.getWindow()).getTitle());
        snapshot(preview, "5-preview");
        Path checklistPdf = documents.resolve("checklist.pdf");
        FileDialogs.replaceDialog((chooser, owner, save) -> save ? checklistPdf.toFile() : null);
        clickOn(from(preview.getRoot()).lookup("#saveButton").queryAs(Button.class));
        String saved = messages.get("checklist.saved", checklistPdf.toAbsolutePath());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> saved.equals(WaitForAsyncUtils.asyncFx(
                () -> text(preview, "#statusLabel")).get()));
        assertTrue(Files.size(checklistPdf) > 0, "written where chosen");
        assertTrue(text(preview, "#statusLabel").contains(checklistPdf.toString()));
        snapshot(preview, "6-preview-saved");
        clickOn(from(preview.getRoot()).lookup("#closeButton").queryAs(Button.class));

        // The application packet: the tab's export, no password, written in the background, then a confirmation.
        interact(() -> tabs().getSelectionModel().select(MainController.SECTIONS.indexOf("Packet")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(messages.get("section.packet"), tabs().getSelectionModel().getSelectedItem().getText());
        assertEquals(messages.get("packet.view.export"), from(scene.getRoot()).lookup("#exportButton").queryAs(Button.class).getText());
        snapshot(scene, "7-packet");
        Path packetPdf = documents.resolve("packet.pdf");
        PacketController packet = (PacketController) window.controller().sectionController("Packet");
        interact(() -> packet.setFileChooser(context -> packetPdf.toFile()));
        clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#passwordField").tryQuery().isPresent(), "a password may be given");
        clickOn(messages.get("dialog.ok"));
        String written = messages.get("cli.packet.written", packetPdf.toAbsolutePath());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> written.equals(WaitForAsyncUtils.asyncFx(
                () -> text(scene, "#statusLabel")).get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(packetPdf) > 0);
        assertTrue(lookup(".dialog-pane .content").queryAll().stream()
                .anyMatch(node -> node instanceof Labeled l && written.equals(l.getText())), "the confirmation names the file");
        Node dialog = lookup(".dialog-pane").query();
        assertEquals(messages.get("packet.view.exportTitle"), ((Stage) dialog.getScene().getWindow()).getTitle());
        snapshot(dialog.getScene(), "8-packet-exported");
        clickOn(messages.get("dialog.ok"));
    }

    /** The usual case, one question per screen; no hukou, so its city is not asked. */
    private void answerTheInterview() {
        assertQuestion("interview.q.birth_country", 1);
        snapshot(scene, "2-interview");
        choose("#firstCountry", "CN");
        push(KeyCode.ENTER);
        assertQuestion("interview.q.parent_nationalities", 2);
        choose("#firstCountry", "CN");
        choose("#secondCountry", "GB");
        push(KeyCode.ENTER);
        assertQuestion("interview.q.same_nationality_at_birth", 3);
        clickOn("#firstChoice");
        push(KeyCode.ENTER);
        assertQuestion("interview.q.passport_country", 4);
        choose("#firstCountry", "GB");
        push(KeyCode.ENTER);
        for (String choice : List.of("#secondChoice", "#secondChoice", "#firstChoice")) {
            clickOn(choice);
            push(KeyCode.ENTER);
        }
        assertQuestion("interview.q.residence_city", 8);
        write(messages.get("city.beijing.name"));
        push(KeyCode.ENTER);
        assertQuestion("interview.q.on_hukou", 9);
        clickOn("#secondChoice");
        snapshot(scene, "2-interview-hukou");
        push(KeyCode.ENTER);
        assertQuestion("interview.q.name_matches", 10);
        clickOn("#firstChoice");
        push(KeyCode.ENTER);
        assertQuestion("interview.q.destination", 11);
        choose("#firstCountry", "GB");
        push(KeyCode.ENTER);
        assertQuestion("interview.q.trip_dates", 12);
        LocalDate departure = LocalDate.now().plusMonths(3);
        write(departure.toString());
        clickOn("#secondDate").write(departure.plusWeeks(3).toString());
        push(KeyCode.ENTER);
        assertQuestion("interview.q.frequency", 13);
        assertEquals(messages.get("interview.finish"), lookup("#interviewNext").queryAs(Button.class).getText());
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean pageCountShown(Scene preview) throws Exception {
        String shown = WaitForAsyncUtils.asyncFx(() -> text(preview, "#pageCountLabel")).get();
        return IntStream.rangeClosed(1, 20).anyMatch(pages -> shown.equals(messages.get("checklist.preview.pages", pages)));
    }

    /** A label of the tab on screen: hidden tabs are prepared in the background and may use the same ids. */
    private String shownTab(String id) {
        MainController main = window.controller();
        Node node = from(main.sectionContent(main.selectedSection())).lookup(id).query();
        assertNotNull(node, id);
        return ((Labeled) node).getText();
    }

    /** The window's sections, as the user sees their tabs. */
    private TabPane tabs() {
        return from(scene.getRoot()).lookup(".tab-pane").queryAs(TabPane.class);
    }

    private void assertQuestion(String key, int number) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(messages.get(key), text(scene, "#questionLabel"));
        String shown = text(scene, "#questionNumber");
        assertTrue(IntStream.rangeClosed(number, 20).anyMatch(total -> shown.equals(messages.get("interview.progress", number, total))), shown);
    }

    private String text(Scene where, String id) {
        Node node = from(where.getRoot()).lookup(id).query();
        assertNotNull(node, id);
        return ((Labeled) node).getText();
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) {
        ComboBox<T> box = lookup(id).queryAs(ComboBox.class);
        interact(() -> box.setValue(value));
    }

    /** Writes the scene as DIR/firsthour-STEP-LANG-WxH.png when snapshots are asked for. */
    private void snapshot(Scene of, String step) {
        if (SNAPSHOTS == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> of.snapshot(null)));
        PixelReader pixels = image.getPixelReader();
        BufferedImage picture = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        String name = String.format("firsthour-%s-%s-%dx%d.png", step, language().name().toLowerCase(),
                picture.getWidth(), picture.getHeight());
        try {
            Files.createDirectories(Path.of(SNAPSHOTS));
            ImageIO.write(picture, "png", Path.of(SNAPSHOTS).resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
