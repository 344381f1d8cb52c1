package io.permitguide.service.data;

import io.permitguide.model.Language;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a rule or figure comes from. {@code key} names the source's title in the {@code cities} bundle
 * ({@code source.<key>}); {@code reference} (English) and {@code referenceZh} (Chinese) say what in it is relied on
 * and where a copy was read; {@code evidence} is when the evidence itself dates from ({@code 2007}, {@code 2017-07-01},
 * a range {@code 2019-2023} or {@code 2023-05-20/2023-10-22}); {@code lastChecked} is when the project last compared
 * the app with it. Both dates are shown, so a recent check never makes old evidence look fresh.
 */
public record Source(String key, String reference, String referenceZh, String evidence, LocalDate lastChecked) {
    private static final String DAY = "\\d{4}(?:-\\d{2}(?:-\\d{2})?)?";
    private static final Pattern EVIDENCE = Pattern.compile("(" + DAY + ")(?:/(" + DAY + ")|-(\\d{4}))?");

    public String titleKey() {
        return "source." + key;
    }

    /** A few words naming the source beside a single figure ({@code source.<key>.short}). */
    public String shortTitleKey() {
        return titleKey() + ".short";
    }

    /** The reference in the reader's language; the English one where no Chinese text is given. */
    public String reference(Language language) {
        return language == Language.ZH && referenceZh != null && !referenceZh.isBlank() ? referenceZh : reference;
    }

    /** The evidence date as shown to people; a range of days is written with a dash instead of the data's slash. */
    public String evidenceText() {
        return displayEvidence(evidence);
    }

    public static String displayEvidence(String evidence) {
        return evidence == null ? "" : evidence.replace("/", " – ");
    }

    /** The same source under {@code key} (in rules.json the key is the name in the map, not a field). */
    public Source withKey(String newKey) {
        return new Source(newKey, reference, referenceZh, evidence, lastChecked);
    }

    /**
     * Why this source cannot be shown as it is, or null when it is complete: a key, references in both languages,
     * an evidence date in one of the accepted forms that is not after the day it was checked.
     */
    public String problem() {
        if (key == null || !key.matches("[a-z][a-zA-Z0-9]*")) {
            return "source key \"" + key + "\" must be camelCase letters and digits";
        }
        if (reference == null || reference.isBlank() || referenceZh == null || referenceZh.isBlank()) {
            return "source \"" + key + "\" needs a reference and a referenceZh";
        }
        if (lastChecked == null) {
            return "source \"" + key + "\" needs a lastChecked date";
        }
        Matcher m = evidence == null ? null : EVIDENCE.matcher(evidence);
        if (m == null || !m.matches()) {
            return "source \"" + key + "\" needs an evidence date such as 2007, 2017-07-01, 2019-2023 or 2023-05-20/2023-10-22, not " + evidence;
        }
        try {
            LocalDate start = earliest(m.group(1));
            String endText = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(1);
            if (earliest(endText).isBefore(start)) {
                return "source \"" + key + "\": evidence range " + evidence + " ends before it starts";
            }
            if (start.isAfter(lastChecked)) {
                return "source \"" + key + "\": evidence " + evidence + " is dated after its lastChecked " + lastChecked;
            }
        } catch (DateTimeException e) {
            return "source \"" + key + "\": evidence " + evidence + " is not a real date";
        }
        return null;
    }

    /** The first day a year, month or day stands for. */
    private static LocalDate earliest(String partial) {
        String[] parts = partial.split("-");
        return LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
    }
}
