package io.permitguide.service.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces of one document and the choice between them: a character the Latin face has is set in it, any
 * other in the CJK face. So Latin letters, digits and punctuation such as ’ and … keep their Latin shapes and widths
 * instead of the CJK face's full-width, centred ones, and Chinese still has its own face.
 */
final class PacketFaces {
    private final PDType0Font latin;
    private final CmapLookup latinCmap;
    private final PDType0Font cjk;

    private PacketFaces(PDType0Font latin, CmapLookup latinCmap, PDType0Font cjk) {
        this.latin = latin;
        this.latinCmap = latinCmap;
        this.cjk = cjk;
    }

    static PacketFaces embed(PDDocument document, TrueTypeFont latin, CmapLookup latinCmap, TrueTypeFont cjk) throws IOException {
        return new PacketFaces(PDType0Font.load(document, latin, true), latinCmap, PDType0Font.load(document, cjk, true));
    }

    /** A stretch of text set in one face. */
    record Run(String text, PDFont font) {
    }

    /** The text cut where the face changes; a space stays in the run it follows, so runs stay long. */
    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PDFont font = cp == ' ' && currentFont != null ? currentFont : faceFor(cp);
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    private PDFont faceFor(int codePoint) {
        return latinCmap.getGlyphId(codePoint) != 0 ? latin : cjk;
    }

    /** The width of the text in points at {@code size}, each run measured in its own face. */
    float width(String text, float size) throws IOException {
        float units = 0;
        for (Run run : runs(text)) {
            units += run.font().getStringWidth(run.text());
        }
        return units / 1000f * size;
    }
}
