package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The preview shows each page as printed: white paper, black ink, every pixel opaque. */
class PdfPageImagesTest {
    @Test
    void pagesAreOpaqueWhitePaperWithTheirInk() throws Exception {
        List<Image> pages = PdfPageImages.render(twoPagesWithABlackSquare(), 72);

        assertEquals(2, pages.size());
        Image first = pages.get(0);
        assertEquals(200, first.getWidth());
        assertEquals(100, first.getHeight());
        PixelReader pixels = first.getPixelReader();
        assertEquals(0xFFFFFFFF, pixels.getArgb(150, 50), "paper: opaque white");
        assertEquals(0xFF000000, pixels.getArgb(20, 80), "ink: opaque black (PDF y runs upwards)");
    }

    private static byte[] twoPagesWithABlackSquare() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(new PDRectangle(200, 100));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.addRect(10, 10, 30, 30);
                    content.fill();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
