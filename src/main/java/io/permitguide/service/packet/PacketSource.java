package io.permitguide.service.packet;

import io.permitguide.model.Language;
import io.permitguide.service.data.Source;
import io.permitguide.service.i18n.Messages;
import java.time.LocalDate;

/** Where a piece of guidance comes from, and when it was last checked. */
public record PacketSource(String titleEn, String titleZh, String reference, LocalDate lastChecked) {
    public PacketSource {
        reference = reference == null ? "" : reference;
    }

    /** A bundled data source, its title taken from the i18n bundles. */
    public static PacketSource of(Source source) {
        return new PacketSource(Messages.of(Language.EN).get(source.titleKey()),
                Messages.of(Language.ZH).get(source.titleKey()), source.reference(), source.lastChecked());
    }
}
