package io.permitguide.service.packet;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled WenQuanYi Micro Hei (trimmed for fast parsing, see src/tools/trim_font.py), read once per JVM and
 * embedded in each packet as a subset.
 * It covers Latin and CJK, so one font sets all text; callers hold {@link #LOCK} while a document uses it, because
 * the parsed font reads from one shared buffer.
 */
final class PacketFont {
    static final Object LOCK = new Object();
    private static final String RESOURCE = "/fonts/wqy-microhei.ttf";
    private static TrueTypeFont font;
    private static CmapLookup cmap;

    private PacketFont() {
    }

    /**
     * Starts reading the font, and the PDF classes with it, on a background thread, so a caller that has other work
     * first (reading the case, showing the view) does not wait for it later.
     */
    static void preloadInBackground() {
        Thread thread = new Thread(() -> {
            synchronized (LOCK) {
                try (PDDocument scratch = new PDDocument()) {
                    embedIn(scratch);
                } catch (IOException | RuntimeException e) {
                    // The real export reports the problem; a preload only saves time.
                }
            }
        }, "packet-font-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads the font into {@code document} as a subset: only the glyphs used are embedded. */
    static PDType0Font embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, ttf(), true);
    }

    /** The text with characters the font cannot show replaced, so a stray emoji never stops the export. */
    static String printable(String text) throws IOException {
        ttf();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\n' || (!Character.isISOControl(cp) && cmap.getGlyphId(cp) != 0)) {
                out.appendCodePoint(cp);
            } else if (!Character.isISOControl(cp) && !Character.isWhitespace(cp) && Character.getType(cp) != Character.FORMAT) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static TrueTypeFont ttf() throws IOException {
        synchronized (LOCK) {
            if (font == null) {
                try (InputStream in = PacketFont.class.getResourceAsStream(RESOURCE)) {
                    if (in == null) {
                        throw new IOException("Missing bundled font " + RESOURCE);
                    }
                    // The buffer stays open for the life of the JVM: the font reads its glyphs from it.
                    TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(in));
                    cmap = parsed.getUnicodeCmapLookup();
                    font = parsed;
                }
            }
            return font;
        }
    }
}
