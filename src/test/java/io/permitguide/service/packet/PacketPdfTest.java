package io.permitguide.service.packet;

import io.permitguide.service.analysis.CaseAnalyzer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.PermitTimeline;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketPdfTest {
    @TempDir
    Path dir;

    @Test
    void usualPacketHoldsEveryFilledValueAndBothLanguagesHeadings() throws Exception {
        PacketInput input = PacketCases.usualInput(PacketLanguage.BOTH);
        String text = compact(textOf(write(input, null), null));

        FamilyCase c = input.familyCase();
        List<String> expected = new ArrayList<>(List.of(
                c.getChild().getFamilyName(), c.getChild().getGivenNames(), c.getChild().getChineseName(), "2024-05-17",
                "A12345678", "2029-06-30", "汉族", "王丽", "11010519880101002X", "B98765432", "+86 138 0013 8000",
                "+86 139 0000 1111", c.getResidence().getAddress(), "王建国", "+86 137 1234 5678", "外祖父 (grandfather)",
                "Female", "女", "United States", "美国",
                "Exit-Entry Administration of the Beijing Public Security Bureau", "北京市公安局出入境管理总队",
                "2 Andingmen East Street", "北京市东城区安定门东大街2号",
                "2026-06-01", "2026-07-10", "2026-08-20"));
        for (PacketCheckItem item : PacketCases.checklist()) {
            expected.addAll(List.of(item.nameEn(), item.nameZh(), item.note()));
        }
        PacketGuidance g = PacketCases.guidance();
        expected.addAll(List.of(g.documentEn(), g.documentZh(), g.reasons().get(0).en(), g.reasons().get(0).zh(),
                g.warnings().get(0).en(), g.warnings().get(0).zh(), g.sources().get(0).titleEn(), g.sources().get(0).titleZh(),
                "2025-11-01"));
        expected.add(Messages.of(Language.EN).get("packet.title").toUpperCase(java.util.Locale.ENGLISH));
        for (String key : List.of("packet.section.applicant", "packet.section.parents",
                "packet.section.materials", "packet.section.dates", "packet.section.guidance", "field.familyName")) {
            expected.add(Messages.of(Language.EN).get(key));
            expected.add(Messages.of(Language.ZH).get(key));
        }
        for (String value : expected) {
            assertTrue(text.contains(compact(value)), () -> "missing in packet: " + value);
        }
    }

    @Test
    void basicPacketListsTheFamilysOwnChecklistItems() throws Exception {
        PacketInput input = CasePacket.of(CaseAnalyzer.of(PacketCases.usual(), PacketCases.TODAY), PacketLanguage.BOTH);
        assertTrue(input.checklist().contains(new PacketCheckItem("Letter from the kindergarten", "Letter from the kindergarten",
                false, true, "Stamped copy")), input.checklist().toString());
        String text = compact(textOf(write(input, null), null));
        assertTrue(text.contains("Letterfromthekindergarten"));
        assertTrue(text.contains("Stampedcopy"));
    }

    @Test
    void keyDatesComeFromTheTimeline() throws Exception {
        PacketInput input = PacketCases.usualInput(PacketLanguage.EN);
        PacketDate lastDay = input.dates().get(0);
        PacketDate collection = input.dates().get(2);
        assertEquals(Messages.of(Language.EN).get("timeline.field.lastDayToApply"), lastDay.labelEn());
        assertTrue(lastDay.date().isBefore(input.familyCase().getTrip().getDepartureDate()));
        assertTrue(collection.date().isAfter(input.familyCase().getApplication().getAppliedOn()));
        String text = compact(textOf(write(input, null), null));
        assertTrue(text.contains(lastDay.date().toString()));
        assertTrue(text.contains(collection.date().toString()));
    }

    @Test
    void keyDatesHoldTheIssueDateAndSayWhenTheExpiryIsEstimated() throws Exception {
        Assumptions.assumeTrue(onPath("pdftotext"), "poppler-utils not installed");
        FamilyCase c = issuedCase();
        PermitTimeline timeline = CaseAnalyzer.of(c, PacketCases.TODAY).timeline();
        assertTrue(timeline.expiryProposed(), "no expiry typed: the timeline proposes one");
        String issue = c.getPermit().getIssueDate().toString();
        String expiry = timeline.expiry().toString();
        Messages en = Messages.of(Language.EN);
        Messages zh = Messages.of(Language.ZH);

        String both = keyDatesText(c, PacketLanguage.BOTH);
        assertTrue(row(both, en.get("timeline.field.issueDate"), issue) && both.contains(zh.get("timeline.field.issueDate")), both);
        assertTrue(row(keyDatesText(c, PacketLanguage.ZH), zh.get("timeline.field.issueDate"), issue));
        assertTrue(estimated(both, expiry, en.get("packet.estimate")) && estimated(both, expiry, zh.get("packet.estimate")), both);
        assertTrue(estimated(keyDatesText(c, PacketLanguage.EN), expiry, en.get("packet.estimate")));
        assertTrue(estimated(keyDatesText(c, PacketLanguage.ZH), expiry, zh.get("packet.estimate")));

        // The expiry printed on the permit, typed by the family, is no estimate.
        c.getPermit().setExpiryDate(timeline.expiry().minusDays(3));
        String typed = c.getPermit().getExpiryDate().toString();
        for (PacketLanguage language : PacketLanguage.values()) {
            String text = keyDatesText(c, language);
            assertTrue(text.contains(typed), text);
            assertFalse(estimated(text, typed, en.get("packet.estimate")) || estimated(text, typed, zh.get("packet.estimate")), text);
        }
    }

    @Test
    void longNamesNotesAndUnbrokenWordsWrapInsideThePage() throws Exception {
        FamilyCase c = PacketCases.usual();
        String longGiven = "Alexandria Maximiliana Konstantina Evangeline Bartholomew Wilhelmina Theodora Seraphina";
        c.getChild().setGivenNames(longGiven);
        String unbroken = "X".repeat(120);
        c.getResidence().setAddress("广东省深圳市南山区粤海街道科技园南区高新南七道深圳湾科技生态园十栋A座三十二层三二零八室" + unbroken);
        String longNote = "Ask at window 3 for the photocopy service; the clerk said in March the copy must show the "
                + "entry stamp and the visa page together on one sheet, stamped by the kindergarten. 复印件须加盖公章。";
        List<PacketCheckItem> items = new ArrayList<>(PacketCases.checklist());
        items.add(new PacketCheckItem("Notarised and legalised translation of the foreign birth certificate with apostille",
                "经公证认证的外国出生证明中文译本", true, false, longNote));
        PacketInput input = CasePacket.of(CaseAnalyzer.of(c, PacketCases.TODAY), PacketLanguage.BOTH)
                .withChecklist(items).withGuidance(PacketCases.guidance());
        byte[] pdf = write(input, null);

        String text = compact(textOf(pdf, null));
        for (String value : List.of(longGiven, unbroken, c.getResidence().getAddress())) {
            assertTrue(text.contains(compact(value)), () -> "missing: " + value);
        }
        // The note shares its lines with the next column, so its words are checked one by one.
        for (String word : longNote.split(" ")) {
            assertTrue(text.contains(compact(word)), () -> "missing word of the note: " + word);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                assertEquals(595.27f, page.getMediaBox().getWidth(), 0.1f, "A4 width");
            }
            BoundsProbe probe = new BoundsProbe();
            probe.getText(document);
            assertTrue(probe.glyphs > 1000);
            assertTrue(probe.outside.isEmpty(), () -> "text outside the margins: " + probe.outside);
        }
    }

    @Test
    void unknownValuesAreBlankNeverInvented() throws Exception {
        FamilyCase empty = new FamilyCase();
        PacketInput input = CasePacket.of(CaseAnalyzer.of(empty, PacketCases.TODAY), PacketLanguage.BOTH);
        String text = textOf(write(input, null), null);

        assertFalse(text.contains("null"));
        Matcher dates = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text);
        while (dates.find()) {
            // Only the generation date and the sources' own dates: no date of the case is made up.
            String date = dates.group();
            boolean source = input.guidance().sources().stream().anyMatch(s -> date.equals(String.valueOf(s.lastChecked()))
                    || (s.titleEn() + s.titleZh() + s.reference() + s.referenceZh() + s.evidence()).contains(date));
            assertTrue(date.equals(PacketCases.TODAY.toString()) || source, () -> "unexpected date " + date);
        }
        List<String> lines = text.lines().map(String::strip).toList();
        for (String invented : List.of("Female", "女", "Male", "男", "China", "中国", "United States", "美国")) {
            assertFalse(lines.contains(invented), () -> "invented value: " + invented);
        }
        assertTrue(text.contains(Messages.of(Language.EN).get("field.familyName")));
        assertTrue(text.contains(Messages.of(Language.ZH).get("field.passportNumber")));
    }

    @Test
    void aKnownHukouCityIsPrintedByItsNamesAndPeopleAtTheCounterAreNotPapers() throws Exception {
        FamilyCase c = PacketCases.usual();
        c.getParents().get(0).setHukouCity("shanghai");
        PacketInput input = CasePacket.of(CaseAnalyzer.of(c, PacketCases.TODAY), PacketLanguage.BOTH);
        String text = textOf(write(input, null), null);
        assertFalse(linesEqualTo(text, "shanghai") > 0, "the city's id is not printed");
        assertTrue(linesEqualTo(text, "Shanghai") > 0 && linesEqualTo(text, "上海") > 0, text);
        // "The child, in person" is somebody to bring along, not an original to hand in.
        assertTrue(text.contains("In person") && text.contains("本人到场"), text);
    }

    @Test
    void fieldsThatCannotApplySaySoAndOnlyMissingOnesStayBlank() throws Exception {
        FamilyCase c = PacketCases.usual();
        c.getParents().get(0).setPassportNumber("E12345678");
        PacketInput input = CasePacket.of(CaseAnalyzer.of(c, PacketCases.TODAY), PacketLanguage.EN);
        String text = textOf(write(input, null), null);
        // The child has no hukou (ID number, hukou city); the American father has no Chinese name, ID or hukou.
        assertEquals(5, linesEqualTo(text, "not applicable"), text);
        assertTrue(text.contains("E12345678") && text.contains("B98765432"), "both parents' passport numbers");
        assertTrue(text.contains("11010519880101002X"), "the Chinese mother's ID stays");

        String both = textOf(write(input.withLanguage(PacketLanguage.BOTH), null), null);
        assertEquals(5, linesEqualTo(both, "not applicable"));
        assertEquals(5, linesEqualTo(both, "不适用"));

        // Nothing known: nothing can be ruled out, so every field is a line to write on.
        PacketInput empty = CasePacket.of(CaseAnalyzer.of(new FamilyCase(), PacketCases.TODAY), PacketLanguage.BOTH);
        String emptyText = textOf(write(empty, null), null);
        assertEquals(0, linesEqualTo(emptyText, "not applicable"));
        assertEquals(0, linesEqualTo(emptyText, "不适用"));
    }

    @Test
    void anUnclearGuidanceResultIsNotPrintedAsTheDocumentAppliedFor() throws Exception {
        PacketInput input = CasePacket.of(CaseAnalyzer.of(new FamilyCase(), PacketCases.TODAY), PacketLanguage.BOTH);
        assertTrue(input.guidance().documentEn().isBlank() && input.guidance().documentZh().isBlank());
        String text = textOf(write(input, null), null);
        assertFalse(text.contains(Messages.of(Language.EN).get("enum.DocumentCode.NO_CLEAR_PATH")), text);
        assertFalse(text.contains(Messages.of(Language.ZH).get("enum.DocumentCode.NO_CLEAR_PATH")), text);
        assertFalse(input.guidance().reasons().isEmpty(), "the reasons still say which answers are missing");
    }

    @Test
    void writeFailuresNameTheirReason() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        PacketWriteException noFolder = assertThrows(PacketWriteException.class,
                () -> PacketPdf.write(PacketCases.usualInput(PacketLanguage.EN), file.resolve("sub").resolve("packet.pdf"), null));
        assertEquals(PacketWriteException.Reason.PATH_THROUGH_FILE, noFolder.reason());
        assertEquals("x", Files.readString(file));

        Path folder = Files.createDirectory(dir.resolve("folder.pdf"));
        PacketWriteException isFolder = assertThrows(PacketWriteException.class,
                () -> PacketPdf.write(PacketCases.usualInput(PacketLanguage.EN), folder, null));
        assertEquals(PacketWriteException.Reason.IS_FOLDER, isFolder.reason());
        assertTrue(Files.isDirectory(folder));
        for (Language language : Language.values()) {
            assertTrue(Messages.of(language).has(noFolder.messageKey()) && Messages.of(language).has(isFolder.messageKey()));
        }
    }

    @Test
    void chineseOnlyPacketHasNoEnglishHeadings() throws Exception {
        PacketInput input = PacketCases.usualInput(PacketLanguage.ZH);
        String text = compact(textOf(write(input, null), null));
        Messages en = Messages.of(Language.EN);
        Messages zh = Messages.of(Language.ZH);
        for (String key : List.of("packet.section.applicant", "packet.section.parents",
                "packet.section.materials", "packet.section.dates", "field.birthDate")) {
            assertTrue(text.contains(compact(zh.get(key))), key);
            assertFalse(text.contains(compact(en.get(key))), key);
        }
        assertTrue(text.contains("米雅"));
        assertTrue(text.contains("MILLER"));
        assertTrue(text.contains("儿童外国护照"));
        assertFalse(text.contains("Child'sforeignpassport"));
    }

    @Test
    void chineseOnlyPacketHasNoEnglishSourceTitles() throws Exception {
        PacketInput input = CasePacket.of(CaseAnalyzer.of(PacketCases.usual(), PacketCases.TODAY), PacketLanguage.ZH);
        assertFalse(input.guidance().sources().isEmpty());
        String text = compact(textOf(write(input, null), null));
        for (PacketSource source : input.guidance().sources()) {
            assertTrue(text.contains(compact(source.titleZh())), source.titleZh());
            assertFalse(text.contains(compact(source.titleEn())), source.titleEn());
            assertFalse(text.contains(compact(source.reference())), source.reference());
        }
        assertFalse(text.contains(compact(Messages.of(Language.EN).get("packet.guidance.sources"))));
    }

    @Test
    void aLongCaseSplitsNeitherRowsNorParentsNorSections() throws Exception {
        // Each extra passport moves everything below it down a row, so some page break falls in each block.
        for (int extra = 0; extra < 6; extra++) {
            FamilyCase c = PacketCases.usual();
            for (int i = 0; i < extra; i++) {
                c.getChild().getForeignPassports().add(new io.permitguide.model.Passport("CA", "P" + i, null));
            }
            List<PacketCheckItem> items = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                items.add(new PacketCheckItem("Paper start" + i + "x with a long name that wraps over two lines of the table",
                        "材料" + i, true, false, "A note long enough to wrap over several lines of its narrow column ending end" + i + "x"));
            }
            PacketInput input = CasePacket.of(CaseAnalyzer.of(c, PacketCases.TODAY), PacketLanguage.BOTH)
                    .withChecklist(items).withGuidance(PacketCases.guidance());
            List<String> pages = pageTexts(write(input, null));
            int run = extra;
            for (int i = 0; i < items.size(); i++) {
                assertEquals(pageOf(pages, "start" + i + "x"), pageOf(pages, "end" + i + "x"), "row " + i + " split, extra " + run);
            }
            assertEquals(pageOf(pages, "Mother"), pageOf(pages, "+86138"), "mother split, extra " + run);
            assertEquals(pageOf(pages, "Father"), pageOf(pages, "+86139"), "father split, extra " + run);
            assertEquals(pageOf(pages, compact(Messages.of(Language.EN).get("packet.section.applicant"))),
                    firstPageOf(pages, "Hukoucity"), "applicant split (its last row is the child's hukou city), extra " + run);
            assertEquals(pageOf(pages, compact(Messages.of(Language.EN).get("packet.section.materials"))),
                    pageOf(pages, "end7x"), "materials split, extra " + run);
        }
    }

    @Test
    void fontsAreEmbeddedAsSubsetsAndPacketIsSmall() throws Exception {
        byte[] pdf = write(PacketCases.usualInput(PacketLanguage.BOTH), null);
        assertTrue(pdf.length < 300 * 1024, "size " + pdf.length);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.util.Set<String> faces = new java.util.TreeSet<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+(WenQuanYiMicroHei|NotoSans-Regular)"), font.getName());
                    faces.add(font.getName().substring(7));
                }
            }
            assertEquals(java.util.Set.of("NotoSans-Regular", "WenQuanYiMicroHei"), faces);
        }
    }

    @Test
    void latinTextIsSetInTheLatinFaceAndChineseInTheCjkFace() throws Exception {
        FamilyCase c = PacketCases.usual();
        // The apostrophe and the ellipsis were drawn full-width from the CJK face before.
        c.getResidence().setEmergencyContactRelation("Mia’s grandfather… 外祖父");
        PacketInput input = CasePacket.of(CaseAnalyzer.of(c, PacketCases.TODAY), PacketLanguage.BOTH);
        try (PDDocument document = Loader.loadPDF(write(input, null))) {
            FontProbe probe = new FontProbe();
            probe.getText(document);
            for (String latin : List.of("M", "i", "a", "’", "…", "1", "(")) {
                assertEquals(java.util.Set.of("NotoSans-Regular"), probe.facesOf(latin), latin);
            }
            for (String chinese : List.of("外", "祖", "米", "（", "，")) {
                assertEquals(java.util.Set.of("WenQuanYiMicroHei"), probe.facesOf(chinese), chinese);
            }
        }
    }

    @Test
    void passwordProtectsThePacket() throws Exception {
        char[] password = "s3cret-护照".toCharArray();
        byte[] pdf = write(PacketCases.usualInput(PacketLanguage.BOTH), password);
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(pdf).close());
        try (PDDocument document = Loader.loadPDF(pdf, new String(password))) {
            assertTrue(document.isEncrypted());
            assertEquals(256, document.getEncryption().getLength());
        }
        assertTrue(textOf(pdf, new String(password)).contains("A12345678"));
    }

    @Test
    void failedWriteLeavesTheEarlierFileInPlace() throws Exception {
        Path good = dir.resolve("packet.pdf");
        PacketPdf.write(PacketCases.usualInput(PacketLanguage.EN), good, null);
        byte[] before = Files.readAllBytes(good);
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        assertThrows(IOException.class, () -> PacketPdf.write(PacketCases.usualInput(PacketLanguage.EN),
                blocker.resolve("packet.pdf"), null));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(good)));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("not-a-folder", "packet.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void popplerSeesEmbeddedSubsetFontAndChineseText() throws Exception {
        Assumptions.assumeTrue(onPath("pdffonts") && onPath("pdftotext"), "poppler-utils not installed");
        Path pdf = dir.resolve("packet.pdf");
        PacketPdf.write(PacketCases.usualInput(PacketLanguage.BOTH), pdf, null);

        String fonts = run("pdffonts", pdf.toString());
        List<String> rows = fonts.lines().skip(2).toList();
        assertFalse(rows.isEmpty(), fonts);
        for (String row : rows) {
            assertTrue(row.matches("[A-Z]{6}\\+(WenQuanYiMicroHei|NotoSans-Regular)\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes.*"), row);
        }
        String text = compact(run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
        assertTrue(text.contains("申请人（儿童）"));
        assertTrue(text.contains("米雅"));
        assertTrue(text.contains("北京市公安局出入境管理总队"));
    }

    @Test
    void theTextLayerHasTheLettersAsTypedSoASearchFindsThem() throws Exception {
        // Poppler, as PDF viewers do (PDFBox's own text stripper would turn ligatures back into letters).
        Assumptions.assumeTrue(onPath("pdftotext"), "poppler-utils not installed");
        Path pdf = dir.resolve("packet.pdf");
        PacketPdf.write(PacketCases.usualInput(PacketLanguage.EN), pdf, null);
        String text = run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");

        assertTrue(text.contains("certificate"), "the packet names the birth certificate");
        assertTrue(text.codePoints().noneMatch(cp -> cp >= 0xFB00 && cp <= 0xFB06), "no ligature (ﬁ, ﬂ, ﬀ) in place of the letters");
    }

    // ---- helpers ----

    /** The usual case once the permit is in hand: issued, expiry not typed. */
    private static FamilyCase issuedCase() {
        FamilyCase c = PacketCases.usual();
        c.getApplication().setAppliedOn(java.time.LocalDate.of(2026, 1, 26));
        c.getApplication().setCollectedOn(java.time.LocalDate.of(2026, 2, 13));
        c.getPermit().setIssueDate(java.time.LocalDate.of(2026, 2, 11));
        return c;
    }

    /** The text poppler reads from the key dates heading on, laid out so a row's label and value share a line. */
    private String keyDatesText(FamilyCase c, PacketLanguage language) throws Exception {
        Path pdf = dir.resolve("dates-" + language + ".pdf");
        PacketPdf.write(CasePacket.of(CaseAnalyzer.of(c, PacketCases.TODAY), language), pdf, null);
        String text = run("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-");
        String heading = Messages.of(language.languages().get(0)).get("packet.section.dates");
        return text.substring(text.indexOf(heading));
    }

    /** True when a line holds {@code label} and then {@code value}: the row, not the chart's mark of the same date. */
    private static boolean row(String text, String label, String value) {
        return Pattern.compile("(?m)^\\s*" + Pattern.quote(label) + "\\s+" + Pattern.quote(value)).matcher(text).find();
    }

    /** True when {@code date} is followed on its line by {@code marker} in brackets, as the table marks an estimate. */
    private static boolean estimated(String text, String date, String marker) {
        return Pattern.compile(Pattern.quote(date) + "\\s*\\([^)]*" + Pattern.quote(marker) + "[^)]*\\)").matcher(text).find();
    }

    private byte[] write(PacketInput input, char[] password) throws IOException {
        Path out = dir.resolve("packet-" + System.nanoTime() + ".pdf");
        PacketPdf.write(input, out, password);
        return Files.readAllBytes(out);
    }

    private static String textOf(byte[] pdf, String password) throws IOException {
        try (PDDocument document = password == null ? Loader.loadPDF(pdf) : Loader.loadPDF(pdf, password)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Rows whose value is {@code value}: the text stripper puts a row's label and value on one line. */
    private static long linesEqualTo(String text, String value) {
        return text.lines().map(String::strip).filter(l -> l.equals(value) || l.endsWith(" " + value)).count();
    }

    /** Each page's text without white space. */
    private static List<String> pageTexts(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(compact(stripper.getText(document)));
            }
        }
        return pages;
    }

    private static int firstPageOf(List<String> pages, String part) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError("not found: " + part);
    }

    /** The only page that holds {@code part}. */
    private static int pageOf(List<String> pages, String part) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(part)) {
                found.add(i + 1);
            }
        }
        assertEquals(1, found.size(), () -> part + " on pages " + found);
        return found.get(0);
    }

    /** Without white space, so a value wrapped over lines still matches. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static boolean onPath(String tool) {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dirName, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** Which faces each character is drawn in. */
    private static final class FontProbe extends PDFTextStripper {
        private final java.util.Map<String, java.util.Set<String>> faces = new java.util.HashMap<>();

        FontProbe() throws IOException {
        }

        java.util.Set<String> facesOf(String character) {
            return faces.getOrDefault(character, java.util.Set.of());
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                faces.computeIfAbsent(p.getUnicode(), k -> new java.util.TreeSet<>()).add(p.getFont().getName().substring(7));
            }
            super.writeString(text, positions);
        }
    }

    /** Records every glyph that lies outside the page margins. */
    private static final class BoundsProbe extends PDFTextStripper {
        final List<String> outside = new ArrayList<>();
        int glyphs;

        BoundsProbe() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                glyphs++;
                float pageWidth = p.getPageWidth();
                float pageHeight = p.getPageHeight();
                float margin = PageLayout.MARGIN - 1;
                if (p.getXDirAdj() < margin || p.getXDirAdj() + p.getWidthDirAdj() > pageWidth - margin
                        || p.getYDirAdj() > pageHeight - margin + 2 || p.getYDirAdj() < margin) {
                    outside.add(p.getUnicode() + "@" + p.getXDirAdj() + "," + p.getYDirAdj());
                }
            }
            super.writeString(text, positions);
        }
    }
}
