package io.permitguide.service.packet;

import io.permitguide.model.Language;
import java.util.List;

/** Which languages the packet is set in: both side by side (the default for the counter), or one. */
public enum PacketLanguage {
    BOTH(List.of(Language.EN, Language.ZH)),
    EN(List.of(Language.EN)),
    ZH(List.of(Language.ZH));

    private final List<Language> languages;

    PacketLanguage(List<Language> languages) {
        this.languages = languages;
    }

    /** The languages in the order they are printed: English first, Chinese beneath it. */
    public List<Language> languages() {
        return languages;
    }

    public boolean includes(Language language) {
        return languages.contains(language);
    }
}
