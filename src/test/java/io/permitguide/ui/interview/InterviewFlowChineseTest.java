package io.permitguide.ui.interview;

import io.permitguide.model.Language;

/** The same first start in Chinese: every text on the way is the Chinese one. */
class InterviewFlowChineseTest extends InterviewFlowTest {
    @Override
    protected Language language() {
        return Language.ZH;
    }
}
