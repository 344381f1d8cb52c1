package io.permitguide.service.packet;

import io.permitguide.model.Language;
import io.permitguide.service.data.Source;
import io.permitguide.service.i18n.Messages;
import java.time.LocalDate;

/**
 * Where a piece of guidance comes from: its title and reference in both languages, the date of the evidence
 * itself ({@code evidence}, such as {@code 2019-2023}) and when the project last checked it.
 */
public record PacketSource(String titleEn, String titleZh, String reference, String referenceZh, String evidence, LocalDate lastChecked) {
    public PacketSource {
        reference = reference == null ? "" : reference;
        referenceZh = referenceZh == null || referenceZh.isBlank() ? reference : referenceZh;
        evidence = evidence == null ? "" : evidence;
    }

    /** A bundled data source, its title taken from the i18n bundles. */
    public static PacketSource of(Source source) {
        return new PacketSource(Messages.of(Language.EN).get(source.titleKey()), Messages.of(Language.ZH).get(source.titleKey()),
                source.reference(Language.EN), source.reference(Language.ZH), source.evidence(), source.lastChecked());
    }

    public String reference(Language language) {
        return language == Language.ZH ? referenceZh : reference;
    }

    /** The evidence date as shown: a range of days written with a dash instead of the data's slash. */
    public String evidenceText() {
        return Source.displayEvidence(evidence);
    }
}
