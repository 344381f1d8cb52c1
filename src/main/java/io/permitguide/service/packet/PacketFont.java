package io.permitguide.service.packet;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The packet's two bundled faces, read once per JVM and embedded in each packet as subsets: Noto Sans for Latin text
 * and WenQuanYi Micro Hei (trimmed for fast parsing, see src/tools/trim_font.py) for Chinese and whatever Noto Sans
 * lacks. Callers hold {@link #LOCK} while a document uses them, because the parsed fonts read from shared buffers.
 */
final class PacketFont {
    static final Object LOCK = new Object();
    private static final String LATIN_RESOURCE = "/fonts/NotoSans-Regular.ttf";
    private static final String CJK_RESOURCE = "/fonts/wqy-microhei.ttf";
    private static TrueTypeFont latin;
    private static CmapLookup latinCmap;
    private static TrueTypeFont cjk;
    private static CmapLookup cjkCmap;

    private PacketFont() {
    }

    /**
     * Starts reading the fonts, and the PDF classes with them, on a background thread, so a caller that has other
     * work first (reading the case, showing the view) does not wait for them later.
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

    /** Loads both faces into {@code document} as subsets: only the glyphs used are embedded. */
    static PacketFaces embedIn(PDDocument document) throws IOException {
        load();
        return PacketFaces.embed(document, latin, latinCmap, cjk);
    }

    /** The text with characters neither face can show replaced, so a stray emoji never stops the export. */
    static String printable(String text) throws IOException {
        load();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\n' || (!Character.isISOControl(cp) && (latinCmap.getGlyphId(cp) != 0 || cjkCmap.getGlyphId(cp) != 0))) {
                out.appendCodePoint(cp);
            } else if (!Character.isISOControl(cp) && !Character.isWhitespace(cp) && Character.getType(cp) != Character.FORMAT) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static void load() throws IOException {
        synchronized (LOCK) {
            if (cjk == null) {
                TrueTypeFont parsedLatin = parse(LATIN_RESOURCE);
                // No ligatures: "fi" stays two letters in the text layer, so a search or a copy of the packet finds
                // "certificate" as typed; PDFBox also rebuilt the ligature rules for every word (about 70 ms a packet).
                parsedLatin.setEnableGsub(false);
                TrueTypeFont parsedCjk = parse(CJK_RESOURCE);
                latinCmap = parsedLatin.getUnicodeCmapLookup();
                cjkCmap = parsedCjk.getUnicodeCmapLookup();
                latin = parsedLatin;
                cjk = parsedCjk;
            }
        }
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = PacketFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing bundled font " + resource);
            }
            // The buffer stays open for the life of the JVM: the font reads its glyphs from it.
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }
}
