package io.permitguide.ui;

import io.permitguide.model.Language;

/** The same first hour in Chinese: every text on the way is the Chinese one. */
class FirstHourChineseTest extends FirstHourTest {
    @Override
    protected Language language() {
        return Language.ZH;
    }
}
