package io.permitguide.service.packet;

import io.permitguide.model.Child;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.model.Parent;
import io.permitguide.model.Passport;
import io.permitguide.model.Residence;
import io.permitguide.model.Trip;
import io.permitguide.service.AppInfo;
import io.permitguide.service.Countries;
import io.permitguide.service.checklist.ChecklistTexts;
import io.permitguide.service.city.BureauCity;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.storage.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * The application packet: an A4 PDF the family carries to the bureau, in English and Chinese side by side or in one
 * language. It prints what the case holds, says "not applicable" where a field cannot apply to this family (no hukou,
 * a foreign parent's Chinese ID) and leaves a blank line for the rest: it never guesses a value.
 */
public final class PacketPdf {
    private static final PageLayout.Style KICKER = new PageLayout.Style(10, PageLayout.ACCENT, true);
    private static final PageLayout.Style NAME = new PageLayout.Style(22, PageLayout.INK, true);
    private static final PageLayout.Style NAME_ZH = new PageLayout.Style(19, PageLayout.INK, true);
    private static final PageLayout.Style DOCUMENT = new PageLayout.Style(12.5f, PageLayout.ACCENT, false);
    private static final PageLayout.Style HEADING = new PageLayout.Style(12, PageLayout.ACCENT, true);
    private static final PageLayout.Style SUBHEADING = new PageLayout.Style(10.5f, PageLayout.ACCENT, true);
    private static final PageLayout.Style LABEL = new PageLayout.Style(8.5f, PageLayout.MUTED, false);
    private static final PageLayout.Style VALUE = new PageLayout.Style(10.5f, PageLayout.INK, false);
    private static final PageLayout.Style VALUE_SECOND = new PageLayout.Style(9.5f, PageLayout.MUTED, false);
    private static final PageLayout.Style NOTE = new PageLayout.Style(8.5f, PageLayout.MUTED, false);
    private static final PageLayout.Style SMALL = new PageLayout.Style(8.5f, PageLayout.MUTED, false);
    private static final PageLayout.Style WARNING = new PageLayout.Style(10, PageLayout.WARN, false);
    private static final PageLayout.Style FOOTER = new PageLayout.Style(7.5f, PageLayout.MUTED, false);
    private static final float ROW_PADDING = 3.6f;

    private final PacketInput input;
    private final List<Language> languages;
    private PageLayout layout;

    private PacketPdf(PacketInput input) {
        this.input = input;
        this.languages = input.language().languages();
    }

    /**
     * Writes the packet to {@code out} atomically and readable only by the user: a failure leaves any earlier file
     * untouched and no partial file behind.
     *
     * @param passwordOrNull when given (and not empty), the PDF is encrypted with AES-256 and opens only with it
     */
    public static void write(PacketInput input, Path out, char[] passwordOrNull) throws IOException {
        if (java.nio.file.Files.isDirectory(out)) {
            throw new PacketWriteException(PacketWriteException.Reason.IS_FOLDER, out, null);
        }
        // Missing folders are made, but not through a file that stands where a folder should be.
        for (Path folder = out.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            if (java.nio.file.Files.exists(folder)) {
                if (!java.nio.file.Files.isDirectory(folder)) {
                    throw new PacketWriteException(PacketWriteException.Reason.PATH_THROUGH_FILE, out, null);
                }
                break;
            }
        }
        byte[] pdf = toBytes(input, passwordOrNull);
        try {
            AtomicFiles.write(out, pdf);
        } catch (IOException e) {
            throw new PacketWriteException(PacketWriteException.Reason.NOT_WRITABLE, out, e);
        }
    }

    /** Starts loading the font in the background; call it early when a packet is likely (the view opens, the CLI starts). */
    public static void preload() {
        PacketFont.preloadInBackground();
    }

    /** The packet as PDF bytes, for a preview or a caller that stores it itself. */
    public static byte[] toBytes(PacketInput input, char[] passwordOrNull) throws IOException {
        synchronized (PacketFont.LOCK) {
            try (PDDocument document = new PDDocument()) {
                PacketFaces faces = PacketFont.embedIn(document);
                new PacketPdf(input).compose(document, faces);
                if (passwordOrNull != null && passwordOrNull.length > 0) {
                    protect(document, new String(passwordOrNull));
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
                document.save(bytes);
                return bytes.toByteArray();
            }
        }
    }

    /**
     * Only the materials, under a title naming the {@code travelDocument} they are for and the child's names: what
     * File > Print checklist prints.
     */
    public static byte[] checklistBytes(PacketInput input, DocumentCode travelDocument) throws IOException {
        synchronized (PacketFont.LOCK) {
            try (PDDocument document = new PDDocument()) {
                PacketFaces faces = PacketFont.embedIn(document);
                new PacketPdf(input).composeChecklist(document, faces, travelDocument);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
                document.save(bytes);
                return bytes.toByteArray();
            }
        }
    }

    private void composeChecklist(PDDocument document, PacketFaces faces, DocumentCode travelDocument) throws IOException {
        layout = new PageLayout(document, faces);
        document.getDocumentInformation().setTitle(printable(joined(m -> ChecklistTexts.printTitle(travelDocument, m))));
        document.getDocumentInformation().setCreator("Permit Guide " + AppInfo.version());
        document.getDocumentCatalog().setLanguage(languages.get(0) == Language.ZH ? "zh-CN" : "en");
        layout.start();
        float x = layout.left();
        float width = layout.contentWidth();
        layout.paragraph(printable(joinedWith(m -> ChecklistTexts.printTitle(travelDocument, m), "   ")), x, width, KICKER);
        layout.gap(6);
        Child child = input.familyCase().getChild();
        String names = String.join("   ", java.util.stream.Stream.of(child.latinName(), child.getChineseName())
                .filter(n -> !n.isBlank()).toList());
        if (!names.isBlank()) {
            layout.paragraph(printable(names), x, width, NAME_ZH);
        }
        layout.paragraph(printable(joinedWith(m -> m.get(input.city().bureauKey()), " / ")), x, width, DOCUMENT);
        materials();
        String generated = iso(input.generatedOn());
        layout.finish(printable(joinedWith(m -> m.get("packet.footer.generated", generated, AppInfo.version()), "  ·  ")),
                (page, total) -> joinedWith(m -> m.get("packet.footer.page", String.valueOf(page), String.valueOf(total)), "  ·  "),
                FOOTER);
    }

    private static void protect(PDDocument document, String password) throws IOException {
        // The holder of the password may do anything with the file: it is the family's own document.
        StandardProtectionPolicy policy = new StandardProtectionPolicy(password, password, new AccessPermission());
        policy.setEncryptionKeyLength(256);
        document.protect(policy);
    }

    private void compose(PDDocument document, PacketFaces faces) throws IOException {
        layout = new PageLayout(document, faces);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(printable(joined(m -> m.get("packet.title"))));
        info.setCreator("Permit Guide " + AppInfo.version());
        document.getDocumentCatalog().setLanguage(languages.get(0) == Language.ZH ? "zh-CN" : "en");
        layout.start();
        cover();
        together(this::applicant);
        parents();
        together(this::family);
        together(this::materials);
        together(this::dates);
        guidance();
        String version = AppInfo.version();
        String generated = iso(input.generatedOn());
        layout.finish(printable(joinedWith(m -> m.get("packet.footer.generated", generated, version), "  ·  ")),
                (page, total) -> joinedWith(m -> m.get("packet.footer.page", String.valueOf(page), String.valueOf(total)), "  ·  "),
                FOOTER);
    }

    // ---- sections ----

    private void cover() throws IOException {
        FamilyCase c = input.familyCase();
        Child child = c.getChild();
        float x = layout.left();
        float width = layout.contentWidth();
        layout.paragraph(printable(joinedWith(m -> m.get("packet.title").toUpperCase(m.getLocale()), "   ")), x, width, KICKER);
        layout.gap(8);
        boolean named = false;
        if (!child.latinName().isBlank()) {
            layout.paragraph(printable(child.latinName()), x, width, NAME);
            named = true;
        }
        if (!child.getChineseName().isBlank()) {
            layout.paragraph(printable(child.getChineseName()), x, width, NAME_ZH);
            named = true;
        }
        if (!named) {
            layout.gap(NAME.lineHeight());
            layout.line(x, layout.y(), x + width * 0.6f, layout.y(), PageLayout.MUTED, 0.6f);
        }
        layout.gap(4);
        PacketGuidance g = input.guidance();
        for (Language language : languages) {
            String document = language == Language.ZH ? g.documentZh() : g.documentEn();
            if (!document.isBlank()) {
                layout.paragraph(printable(document), x, width, DOCUMENT);
            }
        }
        layout.gap(6);
        layout.line(x, layout.y(), x + width, layout.y(), PageLayout.ACCENT, 1.2f);
        layout.gap(2);
        field("packet.field.bureau", each(m -> m.get(input.city().bureauKey())));
        field("packet.field.bureauAddress", input.city().hasAddress() ? each(m -> m.get(input.city().addressKey())) : List.of());
        field("packet.field.city", cityName());
        field("field.applicationType", each(m -> m.of(c.getApplication().getType())));
        layout.gap(6);
        for (Language language : languages) {
            layout.paragraph(printable(Messages.of(language).get("packet.cover.intro")), x, width, SMALL);
        }
    }

    private void applicant() throws IOException {
        Child child = input.familyCase().getChild();
        heading("packet.section.applicant");
        field("field.familyName", child.getFamilyName());
        field("field.givenNames", child.getGivenNames());
        field("field.chineseName", child.getChineseName());
        field("field.sex", child.getSex() == null ? List.of() : each(m -> m.of(child.getSex())));
        field("field.birthDate", iso(child.getBirthDate()));
        field("field.birthCountry", country(child.getBirthCountry()));
        field("field.birthPlace", child.getBirthPlace());
        field("field.ethnicity", child.getEthnicity());
        Passport passport = child.mainPassport().orElse(new Passport());
        field("field.passportCountry", country(passport.getCountry()));
        field("field.passportNumber", passport.getNumber());
        field("field.passportExpiry", iso(passport.getExpiryDate()));
        for (Passport other : child.getForeignPassports().subList(Math.min(1, child.getForeignPassports().size()),
                child.getForeignPassports().size())) {
            field("packet.field.otherPassport", String.join("  ", joined(m -> Countries.name(other.getCountry(), m.language())),
                    other.getNumber(), iso(other.getExpiryDate())).trim());
        }
        // Without a hukou a child has no citizen ID number and no hukou city.
        boolean noHukou = Boolean.FALSE.equals(child.getOnHukou());
        fieldOrNotApplicable("field.chineseId", child.getChineseIdNumber(), noHukou);
        fieldOrNotApplicable("field.hukouCity", placeName(child.getHukouCity()), noHukou);
    }

    private void parents() throws IOException {
        heading("packet.section.parents");
        List<Parent> parents = input.familyCase().getParents();
        for (int i = 0; i < parents.size(); i++) {
            Parent parent = parents.get(i);
            int number = i + 1;
            String title = parent.getRole() != null
                    ? joinedWith(m -> m.of(parent.getRole()), "  ")
                    : joinedWith(m -> m.get("packet.parent", String.valueOf(number)), "  ");
            layout.beginGroup();
            layout.subheading(printable(title), SUBHEADING);
            // A parent known to be foreign has no Chinese ID or hukou, and often no Chinese name.
            boolean foreign = !parent.getNationality().isBlank() && !parent.isChinese();
            field("field.familyName", parent.getFamilyName());
            field("field.givenNames", parent.getGivenNames());
            fieldOrNotApplicable("field.chineseName", parent.getChineseName(), foreign);
            field("field.nationality", country(parent.getNationality()));
            field("field.passportNumber", parent.getPassportNumber());
            fieldOrNotApplicable("field.chineseId", parent.getChineseIdNumber(), foreign);
            fieldOrNotApplicable("field.hukouCity", placeName(parent.getHukouCity()), foreign);
            field("field.phone", parent.getPhone());
            layout.endGroup();
        }
    }

    private void family() throws IOException {
        FamilyCase c = input.familyCase();
        Residence residence = c.getResidence();
        Trip trip = c.getTrip();
        heading("packet.section.contact");
        field("field.address", residence.getAddress());
        field("field.phone", residence.getPhone());
        field("field.emergencyName", residence.getEmergencyContactName());
        field("field.emergencyPhone", residence.getEmergencyContactPhone());
        field("field.emergencyRelation", residence.getEmergencyContactRelation());
        field("field.destination", country(trip.getDestinationCountry()));
        field("field.purpose", trip.getPurpose() == null ? List.of() : each(m -> m.of(trip.getPurpose())));
    }

    private void materials() throws IOException {
        heading("packet.section.materials");
        if (input.checklist().isEmpty()) {
            for (Language language : languages) {
                layout.paragraph(printable(Messages.of(language).get("packet.materials.none")),
                        layout.left(), layout.contentWidth(), SMALL);
            }
            return;
        }
        float x = layout.left();
        float w = layout.contentWidth();
        float[] xs = {x + 4, x + 22, x + w * 0.50f, x + w * 0.72f};
        float[] widths = {14, w * 0.50f - 26, w * 0.22f - 6, w * 0.28f};
        layout.row(List.of(
                layout.cell(List.of(""), List.of(LABEL), widths[0]),
                layout.cell(labels("packet.materials.document"), List.of(LABEL), widths[1]),
                layout.cell(labels("packet.materials.copies"), List.of(LABEL), widths[2]),
                layout.cell(labels("packet.materials.note"), List.of(LABEL), widths[3])), xs, 3, true, null);
        for (PacketCheckItem item : input.checklist()) {
            List<String> names = new ArrayList<>();
            List<PageLayout.Style> styles = new ArrayList<>();
            for (Language language : languages) {
                String name = language == Language.ZH ? item.nameZh() : item.nameEn();
                if (!name.isBlank() && !names.contains(printable(name))) {
                    names.add(printable(name));
                    styles.add(names.size() == 1 ? VALUE : VALUE_SECOND);
                }
            }
            String copies = joinedWith(m -> m.get(item.inPerson() ? "packet.materials.inPerson"
                    : item.copyNeeded() ? "packet.materials.originalAndCopy" : "packet.materials.original"), "\n");
            layout.row(List.of(
                    layout.cell(List.of(""), List.of(VALUE), widths[0]),
                    layout.cell(names, styles, widths[1]),
                    layout.cell(List.of(printable(copies)), List.of(NOTE), widths[2]),
                    layout.cell(List.of(printable(item.note())), List.of(NOTE), widths[3])),
                    xs, ROW_PADDING, true, top -> checkBox(x + 4, top, item.done()));
        }
    }

    private void checkBox(float x, float textTop, boolean done) throws IOException {
        float size = 9;
        float bottom = textTop - VALUE.lineHeight() + 2.2f;
        layout.box(x, bottom, size, PageLayout.INK);
        if (done) {
            layout.line(x + 1.8f, bottom + 4.6f, x + 3.8f, bottom + 2.2f, PageLayout.ACCENT, 1.3f);
            layout.line(x + 3.8f, bottom + 2.2f, x + 7.6f, bottom + 7.4f, PageLayout.ACCENT, 1.3f);
        }
    }

    private void dates() throws IOException {
        // The rows and the chart under them on one page: a chart apart from its dates would be a riddle.
        float rows = input.dates().size() * (Math.max(languages.size() * LABEL.lineHeight(), VALUE.lineHeight()) + 2 * ROW_PADDING);
        layout.ensureSpace(HEADING.lineHeight() + 26 + rows + PacketTimelineChart.height(layout, input.chart(), languages));
        heading("packet.section.dates");
        for (PacketDate date : input.dates()) {
            List<String> labels = new ArrayList<>();
            for (Language language : languages) {
                labels.add(printable(language == Language.ZH ? date.labelZh() : date.labelEn()));
            }
            String value = iso(date.date());
            if (date.date() != null && date.estimate()) {
                value = value + "  (" + joinedWith(m -> m.get("packet.estimate"), " · ") + ")";
            }
            valueRow(labels, printable(value));
        }
        PacketTimelineChart.draw(layout, input.chart(), languages);
    }

    private void guidance() throws IOException {
        PacketGuidance g = input.guidance();
        heading("packet.section.guidance");
        float x = layout.left();
        float w = layout.contentWidth();
        if (!g.reasons().isEmpty()) {
            layout.beginGroup();
            layout.subheading(printable(joinedWith(m -> m.get("packet.guidance.reasons"), "  ")), SUBHEADING);
            for (BilingualText reason : g.reasons()) {
                bullet("•", reason, VALUE);
            }
            layout.endGroup();
        }
        if (!g.nextSteps().isEmpty()) {
            layout.beginGroup();
            layout.subheading(printable(joinedWith(m -> m.get("guide.result.nextSteps"), "  ")), SUBHEADING);
            int number = 1;
            for (BilingualText step : g.nextSteps()) {
                bullet(number++ + ".", step, VALUE);
            }
            layout.endGroup();
        }
        if (!g.warnings().isEmpty()) {
            layout.beginGroup();
            layout.subheading(printable(joinedWith(m -> m.get("packet.guidance.warnings"), "  ")), SUBHEADING);
            for (BilingualText warning : g.warnings()) {
                bullet("!", warning, WARNING);
            }
            layout.endGroup();
        }
        if (g.reasons().isEmpty() && g.warnings().isEmpty()) {
            for (Language language : languages) {
                layout.paragraph(printable(Messages.of(language).get("packet.guidance.none")), x, w, SMALL);
            }
        }
        if (!g.sources().isEmpty()) {
            layout.beginGroup();
            layout.subheading(printable(joinedWith(m -> m.get("packet.guidance.sources"), "  ")), SUBHEADING);
            for (PacketSource source : g.sources()) {
                List<String> lines = new ArrayList<>();
                for (Language language : languages) {
                    String title = language == Language.ZH ? source.titleZh() : source.titleEn();
                    if (!lines.contains(printable(title))) {
                        lines.add(printable(title));
                    }
                }
                int titles = lines.size();
                for (Language language : languages) {
                    String reference = printable(source.reference(language));
                    if (!reference.isBlank() && !lines.contains(reference)) {
                        lines.add(reference);
                    }
                }
                // Both dates: how old the evidence is, and when the project last compared the app with it.
                if (!source.evidence().isBlank() || source.lastChecked() != null) {
                    lines.add(printable(joinedWith(m -> m.get("packet.guidance.sourceDates", source.evidenceText(),
                            source.lastChecked() == null ? "" : iso(source.lastChecked())), " · ")));
                }
                List<PageLayout.Style> styles = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    styles.add(i >= titles ? NOTE : (i == 0 ? VALUE : VALUE_SECOND));
                }
                layout.row(List.of(layout.cell(List.of("§"), List.of(VALUE), 10),
                        layout.cell(lines, styles, w - 18)), new float[] {x + 2, x + 16}, 3, false, null);
            }
            layout.endGroup();
        }
    }

    // ---- building blocks ----

    @FunctionalInterface
    private interface Section {
        void lay() throws IOException;
    }

    /** A section kept on one page when it fits on one: it moves to the next page whole rather than split. */
    private void together(Section section) throws IOException {
        layout.beginGroup();
        section.lay();
        layout.endGroup();
    }

    private void heading(String key) throws IOException {
        layout.heading(labels(key), HEADING);
    }

    private void bullet(String mark, BilingualText text, PageLayout.Style style) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Language language : languages) {
            String line = printable(text.in(language));
            if (!line.isBlank() && !lines.contains(line)) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        List<PageLayout.Style> styles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            styles.add(i == 0 ? style : new PageLayout.Style(style.size() - 1, style.color(), false));
        }
        float x = layout.left();
        layout.row(List.of(layout.cell(List.of(mark), List.of(style), 10),
                layout.cell(lines, styles, layout.contentWidth() - 18)), new float[] {x + 4, x + 16}, 3, false, null);
    }

    /** A form field: its label in each language on the left, the case's value on the right or a blank line. */
    private void field(String labelKey, String value) throws IOException {
        field(labelKey, value == null || value.isBlank() ? List.of() : List.of(value));
    }

    /** A field whose value differs by language: one line per language, the second one lighter. */
    private void field(String labelKey, List<String> values) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String value : values) {
            lines.add(printable(value));
        }
        valueRow(labels(labelKey), lines);
    }

    /** A field that cannot apply to this family says so when it is empty, instead of offering a line to write on. */
    private void fieldOrNotApplicable(String labelKey, String value, boolean notApplicable) throws IOException {
        fieldOrNotApplicable(labelKey, value == null || value.isBlank() ? List.of() : List.of(value), notApplicable);
    }

    private void fieldOrNotApplicable(String labelKey, List<String> values, boolean notApplicable) throws IOException {
        if (notApplicable && values.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (String text : each(m -> m.get("packet.notApplicable"))) {
                lines.add(printable(text));
            }
            valueRow(labels(labelKey), lines, VALUE_SECOND);
        } else {
            field(labelKey, values);
        }
    }

    private void valueRow(List<String> labels, String value) throws IOException {
        valueRow(labels, value.isBlank() ? List.of() : List.of(value));
    }

    private void valueRow(List<String> labels, List<String> values) throws IOException {
        valueRow(labels, values, VALUE);
    }

    private void valueRow(List<String> labels, List<String> values, PageLayout.Style firstStyle) throws IOException {
        float x = layout.left();
        float w = layout.contentWidth();
        float valueX = x + w * 0.36f;
        float valueWidth = w * 0.64f - 4;
        List<PageLayout.Style> labelStyles = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            labelStyles.add(LABEL);
        }
        PageLayout.Cell label = layout.cell(labels, labelStyles, w * 0.36f - 10).alignedWith(VALUE);
        List<PageLayout.Style> valueStyles = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            valueStyles.add(i == 0 ? firstStyle : VALUE_SECOND);
        }
        boolean blank = values.isEmpty();
        PageLayout.Cell cell = blank ? layout.cell(List.of(""), List.of(firstStyle), valueWidth)
                : layout.cell(values, valueStyles, valueWidth);
        layout.row(List.of(label, cell), new float[] {x + 2, valueX}, ROW_PADDING, true, top -> {
            if (blank) {
                // A line to write on: the packet never fills in what the family has not told the app.
                float lineY = top - VALUE.lineHeight() + 1;
                layout.line(valueX, lineY, valueX + valueWidth * 0.8f, lineY, PageLayout.MUTED, 0.5f);
            }
        });
    }

    private List<String> cityName() {
        if (!input.city().fallback()) {
            return each(m -> m.get(input.city().nameKey()));
        }
        // A city without a profile: print the name the family typed, not the profile's "other city".
        String typed = BureauCity.typed(input.familyCase());
        return typed.isBlank() ? List.of() : List.of(typed.trim());
    }

    /** A city the app knows is printed by its names ("Shanghai", "上海"), not its id; any other as typed. */
    private List<String> placeName(String city) {
        if (city == null || city.isBlank()) {
            return List.of();
        }
        return io.permitguide.service.city.CityProfiles.bundled().find(city)
                .filter(profile -> !profile.fallback())
                .map(profile -> each(m -> m.get(profile.nameKey())))
                .orElse(List.of(city.trim()));
    }

    private List<String> country(String code) {
        if (code == null || code.isBlank()) {
            return List.of();
        }
        return each(m -> Countries.name(code, m.language()));
    }

    private List<String> labels(String key) throws IOException {
        List<String> labels = new ArrayList<>();
        for (Language language : languages) {
            labels.add(printable(Messages.of(language).get(key)));
        }
        return labels;
    }

    /** The text in each chosen language, each once: ["Male", "男"]. */
    private List<String> each(Function<Messages, String> text) {
        List<String> parts = new ArrayList<>();
        for (Language language : languages) {
            String part = text.apply(Messages.of(language));
            if (!part.isBlank() && !parts.contains(part)) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** The text in each chosen language, once if they are the same: "Male / 男". */
    private String joined(Function<Messages, String> text) {
        return joinedWith(text, " / ");
    }

    private String joinedWith(Function<Messages, String> text, String separator) {
        return String.join(separator, each(text));
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String printable(String text) throws IOException {
        return PacketFont.printable(text);
    }

}
