package io.permitguide.service.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Counts read as words do: "1 page", "4 pages", through ChoiceFormat patterns in the bundles. */
class PacketWordsTest {
    private final Messages en = Messages.of(Language.EN);
    private final Messages zh = Messages.of(Language.ZH);

    @Test
    void pageCountsAgreeWithTheirNumber() {
        assertEquals("1 page, ready to export", en.get("packet.view.ready", 1));
        assertEquals("4 pages, ready to export", en.get("packet.view.ready", 4));
        assertEquals("共 4 页，可以导出", zh.get("packet.view.ready", 4));
    }

    @Test
    void photoCountsAgreeWithTheirNumber() {
        assertTrue(en.get("checklist.item.photos.why", 1).startsWith("This bureau asks for 1 photo printed"));
        assertTrue(en.get("checklist.item.photos.why", 2).startsWith("This bureau asks for 2 photos printed"));
        assertTrue(zh.get("checklist.item.photos.why", 2).startsWith("该出入境管理部门要求 2 张"));
    }
}
