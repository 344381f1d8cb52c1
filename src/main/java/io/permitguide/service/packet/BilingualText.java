package io.permitguide.service.packet;

import io.permitguide.model.Language;

/** One text in English and Chinese; either may be blank when only one was written. */
public record BilingualText(String en, String zh) {
    public BilingualText {
        en = en == null ? "" : en;
        zh = zh == null ? "" : zh;
    }

    /** The same text in both languages (a name, a number, a label the family typed). */
    public static BilingualText same(String text) {
        return new BilingualText(text, text);
    }

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }

    public boolean isBlank() {
        return en.isBlank() && zh.isBlank();
    }
}
