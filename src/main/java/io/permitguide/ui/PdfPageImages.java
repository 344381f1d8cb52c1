package io.permitguide.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A PDF's pages as images for an on-screen preview. Slow (PDFBox draws each page): call it off the FX thread. */
public final class PdfPageImages {
    private PdfPageImages() {
    }

    public static List<Image> render(byte[] pdf, float dpi) throws IOException {
        List<Image> images = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                images.add(toFxImage(renderer.renderImageWithDPI(i, dpi, ImageType.RGB)));
            }
        }
        return images;
    }

    /** Copies the pixels over; the javafx.swing bridge is not among the app's modules. */
    private static Image toFxImage(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return fx;
    }
}
