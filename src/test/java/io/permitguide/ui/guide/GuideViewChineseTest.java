package io.permitguide.ui.guide;

import io.permitguide.model.Language;

/** The same walk through the questions, with the interface in Chinese. */
class GuideViewChineseTest extends GuideViewTest {
    @Override
    protected Language language() {
        return Language.ZH;
    }
}
