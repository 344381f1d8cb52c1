package io.permitguide.service.packet;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A small flowing layout on A4: headings, label/value rows, check-box rows and wrapped paragraphs. It keeps a cursor
 * from the top of the page down, wraps every text to the width it has and starts a new page before anything would
 * cross the bottom margin, so no text ever runs off the page. The footer is drawn last, when the page count is known.
 */
final class PageLayout {
    static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x5F, 0x66, 0x70);
    static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    static final Color RULE = new Color(0xC9, 0xCF, 0xD6);
    static final Color BAND = new Color(0xEE, 0xF2, 0xF7);
    static final Color WARN = new Color(0x9A, 0x4A, 0x00);

    static final float MARGIN = 50;
    static final float FOOTER_HEIGHT = 28;
    private static final float LEADING = 1.3f;

    private final PDDocument document;
    private final PacketFaces faces;
    private final PDRectangle pageSize = PDRectangle.A4;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PageLayout(PDDocument document, PacketFaces faces) {
        this.document = document;
        this.faces = faces;
    }

    /** One styled line of text. */
    record Style(float size, Color color, boolean bold) {
        float lineHeight() {
            return size * LEADING;
        }
    }

    float contentWidth() {
        return pageSize.getWidth() - 2 * MARGIN;
    }

    float left() {
        return MARGIN;
    }

    private float bottom() {
        return MARGIN + FOOTER_HEIGHT;
    }

    private float top() {
        return pageSize.getHeight() - MARGIN;
    }

    private float bodyHeight() {
        return top() - bottom();
    }

    void start() throws IOException {
        newPage();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = top();
    }

    /** Starts a new page unless {@code height} still fits below the cursor. */
    void ensureSpace(float height) throws IOException {
        flushGroup();
        if (y - height < bottom() && y < top()) {
            newPage();
        }
    }

    void gap(float points) {
        if (grouping) {
            pending.add(block(points, false, () -> y -= points));
            return;
        }
        y -= points;
    }

    // ---- text measuring and wrapping ----

    float width(String text, float size) throws IOException {
        return faces.width(text, size);
    }

    /**
     * Splits text into lines no wider than {@code maxWidth}: at spaces between words, between any two CJK
     * characters, and inside a word only when the word alone is too wide. Newlines in the text are kept.
     */
    List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), size, maxWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String text, float size, float maxWidth, List<String> lines) throws IOException {
        if (text.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            String candidate = line.length() == 0 ? token.stripLeading() : line + token;
            if (width(candidate, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            String rest = token.stripLeading();
            // A word wider than the whole line: break it between characters.
            while (width(rest, size) > maxWidth) {
                int cut = fittingPrefix(rest, size, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString().stripTrailing());
        }
    }

    private int fittingPrefix(String text, float size, float maxWidth) throws IOException {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (width(text.substring(0, next), size) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** Words with their leading space, and each CJK character as its own token (CJK may break anywhere). */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean space = cp == ' ';
            boolean cjk = isCjk(cp);
            if ((space || cjk) && word.length() > 0 && !word.toString().isBlank()) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            word.appendCodePoint(cp);
            if (cjk) {
                tokens.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    // ---- drawing ----

    void text(String text, float x, float baseline, Style style) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setNonStrokingColor(style.color());
        if (style.bold()) {
            // Regular faces only: a thin outline stroke gives headings their weight.
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setStrokingColor(style.color());
            content.setLineWidth(style.size() * 0.035f);
        } else {
            content.setRenderingMode(RenderingMode.FILL);
        }
        content.newLineAtOffset(x, baseline);
        for (PacketFaces.Run run : faces.runs(text)) {
            content.setFont(run.font(), style.size());
            content.showText(run.text());
        }
        content.endText();
    }

    void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(width);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    void fill(float x, float yBottom, float w, float h, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, yBottom, w, h);
        content.fill();
    }

    void box(float x, float yBottom, float size, Color color) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(0.8f);
        content.addRect(x, yBottom, size, size);
        content.stroke();
    }

    /** Paragraph lines at {@code x}, wrapped to {@code width}; breaks pages between lines. */
    void paragraph(String text, float x, float width, Style style) throws IOException {
        List<String> lines = wrap(text, style.size(), width);
        if (grouping) {
            pending.add(block(lines.size() * style.lineHeight(), false, () -> drawParagraph(lines, x, style)));
            return;
        }
        drawParagraph(lines, x, style);
    }

    private void drawParagraph(List<String> lines, float x, Style style) throws IOException {
        placePending(Math.min(lines.size(), 2) * style.lineHeight());
        for (String line : lines) {
            ensureSpace(style.lineHeight());
            y -= style.lineHeight();
            text(line, x, y + style.size() * 0.25f, style);
        }
    }

    /**
     * Something drawn only when what follows it is known: a heading, so it never ends a page alone, and everything
     * inside a group, so the group can move to the next page whole.
     */
    private interface Pending {
        float height();

        /** A heading: it goes to the page of the block after it. */
        boolean keepWithNext();

        void draw() throws IOException;
    }

    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }

    private static Pending block(float height, boolean keepWithNext, Drawing drawing) {
        return new Pending() {
            @Override
            public float height() {
                return height;
            }

            @Override
            public boolean keepWithNext() {
                return keepWithNext;
            }

            @Override
            public void draw() throws IOException {
                drawing.draw();
            }
        };
    }

    private final List<Pending> pending = new ArrayList<>();
    private boolean grouping;

    /**
     * Starts a block kept on one page (a section, one parent): what is laid out until {@link #endGroup()} waits, then
     * goes to the next page whole if it does not fit below the cursor but fits on a page.
     */
    void beginGroup() {
        grouping = true;
    }

    void endGroup() throws IOException {
        grouping = false;
        placePending(0);
    }

    /** Draws what a group holds so far, for a caller that is about to draw at the cursor itself (a chart). */
    private void flushGroup() throws IOException {
        if (grouping) {
            grouping = false;
            placePending(0);
            grouping = true;
        }
    }

    /**
     * Draws what waits: on a new page if it and the first {@code next} points of what follows don't fit here. A group
     * taller than a page flows on, each heading still kept with the block after it.
     */
    private void placePending(float next) throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        float total = next;
        for (Pending p : pending) {
            total += p.height();
        }
        boolean whole = total <= bodyHeight();
        if (whole) {
            ensureSpace(total);
        }
        List<Pending> blocks = List.copyOf(pending);
        pending.clear();
        for (int i = 0; i < blocks.size(); i++) {
            if (!whole && blocks.get(i).keepWithNext()) {
                float chain = 0;
                for (int j = i; j < blocks.size(); j++) {
                    chain += blocks.get(j).height();
                    if (!blocks.get(j).keepWithNext()) {
                        break;
                    }
                }
                if (chain <= bodyHeight()) {
                    ensureSpace(chain);
                }
            }
            blocks.get(i).draw();
        }
    }

    /** A section heading: a tinted band with the title, kept on the page of what follows it. */
    void heading(List<String> titles, Style style) throws IOException {
        String title = String.join("   ", titles);
        List<String> lines = wrap(title, style.size(), contentWidth() - 16);
        float band = lines.size() * style.lineHeight() + 10;
        pending.add(new Pending() {
            @Override
            public float height() {
                return band + 16;
            }

            @Override
            public boolean keepWithNext() {
                return true;
            }

            @Override
            public void draw() throws IOException {
                gap(10);
                fill(left(), y - band, contentWidth(), band, BAND);
                fill(left(), y - band, 3, band, ACCENT);
                float baseline = y - 5;
                for (String line : lines) {
                    baseline -= style.lineHeight();
                    text(line, left() + 12, baseline + style.size() * 0.25f, style);
                }
                y -= band + 6;
            }
        });
    }

    /** A smaller heading with a rule beneath, for a part of a section (one parent). */
    void subheading(String title, Style style) throws IOException {
        List<String> lines = wrap(title, style.size(), contentWidth());
        pending.add(new Pending() {
            @Override
            public float height() {
                return lines.size() * style.lineHeight() + 11;
            }

            @Override
            public boolean keepWithNext() {
                return true;
            }

            @Override
            public void draw() throws IOException {
                gap(6);
                for (String line : lines) {
                    y -= style.lineHeight();
                    text(line, left(), y + style.size() * 0.25f, style);
                }
                y -= 3;
                line(left(), y, left() + contentWidth(), y, ACCENT, 0.6f);
                y -= 2;
            }
        });
    }

    /** Drawing added to a row (a check box, a blank line), given the top of the row's text. */
    @FunctionalInterface
    interface Decoration {
        void draw(float textTop) throws IOException;
    }

    /** One cell's lines in a row: each line with its own style. */
    record Cell(List<String> lines, List<Style> styles, float inset) {
        Cell(List<String> lines, List<Style> styles) {
            this(lines, styles, 0);
        }

        /** The same cell moved down, so that its first baseline lines up with a larger text beside it. */
        Cell alignedWith(Style larger) {
            if (styles.isEmpty()) {
                return this;
            }
            Style first = styles.get(0);
            float drop = (larger.lineHeight() - larger.size() * 0.25f) - (first.lineHeight() - first.size() * 0.25f);
            return new Cell(lines, styles, Math.max(0, drop));
        }

        float height() {
            float h = inset;
            for (Style s : styles) {
                h += s.lineHeight();
            }
            return h;
        }
    }

    Cell cell(List<String> texts, List<Style> styles, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Style> lineStyles = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Style style = styles.get(Math.min(i, styles.size() - 1));
            for (String line : wrap(texts.get(i), style.size(), width)) {
                lines.add(line);
                lineStyles.add(style);
            }
        }
        return new Cell(lines, lineStyles);
    }

    /**
     * Cells side by side at the given x positions, top-aligned, with a light rule beneath. A row that fits on a page
     * is never split; a longer one continues line by line on the next page.
     */
    void row(List<Cell> cells, float[] xs, float padding, boolean rule, Decoration decoration) throws IOException {
        float height = 0;
        for (Cell c : cells) {
            height = Math.max(height, c.height());
        }
        height += 2 * padding;
        if (grouping) {
            float rowHeight = height;
            pending.add(block(height, false, () -> drawRow(cells, xs, padding, rule, decoration, rowHeight)));
            return;
        }
        drawRow(cells, xs, padding, rule, decoration, height);
    }

    private void drawRow(List<Cell> cells, float[] xs, float padding, boolean rule, Decoration decoration, float height)
            throws IOException {
        placePending(Math.min(height, bodyHeight() / 3));
        if (height <= bodyHeight()) {
            ensureSpace(height);
        }
        float rowTop = y;
        if (decoration != null) {
            decoration.draw(rowTop - padding);
        }
        float[] cursor = new float[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            cursor[c] = rowTop - padding - cells.get(c).inset();
        }
        if (rowTop - height >= bottom()) {
            // Cell after cell, so copying or reading the text aloud gives each value whole.
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                for (int i = 0; i < cell.lines().size(); i++) {
                    Style style = cell.styles().get(i);
                    cursor[c] -= style.lineHeight();
                    text(cell.lines().get(i), xs[c], cursor[c] + style.size() * 0.25f, style);
                }
            }
        } else {
            flowAcrossPages(cells, xs, cursor);
        }
        float lowest = rowTop - height;
        for (float cy : cursor) {
            lowest = Math.min(lowest, cy - padding);
        }
        y = Math.min(lowest, y);
        if (rule) {
            line(left(), y, left() + contentWidth(), y, RULE, 0.4f);
        }
    }

    /** A row taller than the page: line by line, all cells together, breaking pages where needed. */
    private void flowAcrossPages(List<Cell> cells, float[] xs, float[] cursor) throws IOException {
        int maxLines = 0;
        for (Cell c : cells) {
            maxLines = Math.max(maxLines, c.lines().size());
        }
        for (int i = 0; i < maxLines; i++) {
            float needed = 0;
            for (Cell c : cells) {
                if (i < c.lines().size()) {
                    needed = Math.max(needed, c.styles().get(i).lineHeight());
                }
            }
            float lowest = Float.MAX_VALUE;
            for (float cy : cursor) {
                lowest = Math.min(lowest, cy);
            }
            if (lowest - needed < bottom()) {
                newPage();
                java.util.Arrays.fill(cursor, y);
            }
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                if (i < cell.lines().size()) {
                    Style style = cell.styles().get(i);
                    cursor[c] -= style.lineHeight();
                    text(cell.lines().get(i), xs[c], cursor[c] + style.size() * 0.25f, style);
                }
            }
        }
    }

    /** The cursor; inside a group, what the group holds so far is drawn first, so the cursor is where it looks. */
    float y() throws IOException {
        flushGroup();
        return y;
    }

    void moveTo(float newY) throws IOException {
        flushGroup();
        y = newY;
    }

    /** Closes the last page and draws the footer on every page: left text, and "page X of Y" on the right. */
    void finish(String footerLeft, BiFunction<Integer, Integer, String> pageOf, Style style) throws IOException {
        placePending(0);
        if (content != null) {
            content.close();
            content = null;
        }
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = footer;
                float ruleY = MARGIN + FOOTER_HEIGHT - 10;
                line(left(), ruleY, left() + contentWidth(), ruleY, RULE, 0.5f);
                float baseline = MARGIN + 4;
                String right = pageOf.apply(i + 1, total);
                float rightWidth = width(right, style.size());
                List<String> leftLines = wrap(footerLeft, style.size(), contentWidth() - rightWidth - 20);
                text(leftLines.isEmpty() ? "" : leftLines.get(0), left(), baseline, style);
                text(right, left() + contentWidth() - rightWidth, baseline, style);
            }
        }
        content = null;
    }
}
