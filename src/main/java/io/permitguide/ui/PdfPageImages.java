package io.permitguide.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A PDF's pages as images for an on-screen preview. Slow (PDFBox draws each page): call it off the FX thread. */
public final class PdfPageImages {
    private static final int OPAQUE = 0xFF000000;

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

    /**
     * The page's own pixels, shown without a copy: copying each page twice (about 2 MB a copy at 72 dpi) on every
     * preview filled the small heap and made the collector pause the window for 50-150 ms at a time. The rendered
     * page is opaque RGB with the alpha byte unset; set, the same ints are premultiplied ARGB, the format the
     * window's textures use, so they are not converted again when drawn.
     */
    private static Image toFxImage(BufferedImage image) {
        int width = image.getWidth();
        int[] pixels = image.getRaster().getDataBuffer() instanceof DataBufferInt ints && ints.getData().length == width * image.getHeight()
                ? ints.getData()
                : image.getRGB(0, 0, width, image.getHeight(), null, 0, width); // not PDFBox's usual raster: copy once
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] |= OPAQUE;
        }
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(width, image.getHeight(), IntBuffer.wrap(pixels),
                PixelFormat.getIntArgbPreInstance());
        return new WritableImage(buffer);
    }
}
