package io.permitguide.service.packet;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.checklist.ChecklistBuilder;
import io.permitguide.service.checklist.ChecklistEntry;
import io.permitguide.service.checklist.ChecklistTexts;
import io.permitguide.service.guidance.Assessment;
import io.permitguide.service.guidance.AssessmentText;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.guidance.GuidanceService;
import io.permitguide.service.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The full packet input for a case: the timeline's dates from {@link PacketInputs#basic}, the guidance's document,
 * reasons, warnings and sources, and the checklist as the family keeps it.
 */
public final class CasePacket {
    private CasePacket() {
    }

    public static PacketInput of(FamilyCase familyCase, LocalDate today, PacketLanguage language) {
        PacketInput basic = PacketInputs.basic(familyCase, today, language);
        Assessment assessment = GuidanceService.bundled().assess(familyCase, today);
        Messages en = Messages.of(Language.EN);
        Messages zh = Messages.of(Language.ZH);
        List<PacketCheckItem> items = checklistItems(familyCase, assessment, today);
        List<BilingualText> reasons = pairs(AssessmentText.reasons(assessment, en), AssessmentText.reasons(assessment, zh));
        List<BilingualText> warnings = new ArrayList<>(pairs(AssessmentText.warnings(assessment, en), AssessmentText.warnings(assessment, zh)));
        warnings.addAll(basic.guidance().warnings());
        List<PacketSource> sources = assessment.sources().stream().map(PacketSource::of).toList();
        // Without a clear result the document applied for stays blank; the reasons say which answers are missing.
        boolean decided = assessment.recommended() != DocumentCode.NO_CLEAR_PATH;
        PacketGuidance guidance = new PacketGuidance(decided ? AssessmentText.document(assessment, en) : "",
                decided ? AssessmentText.document(assessment, zh) : "", reasons, warnings, sources);
        return basic.withChecklist(items).withGuidance(guidance);
    }

    private static List<PacketCheckItem> checklistItems(FamilyCase familyCase, Assessment assessment, LocalDate today) {
        Messages en = Messages.of(Language.EN);
        Messages zh = Messages.of(Language.ZH);
        List<PacketCheckItem> items = new ArrayList<>();
        for (ChecklistEntry entry : ChecklistBuilder.bundled().build(familyCase, assessment.city(), today)) {
            if (!entry.hidden()) {
                items.add(new PacketCheckItem(ChecklistTexts.name(entry, en), ChecklistTexts.name(entry, zh), entry.copyNeeded(),
                        entry.ready(), entry.note()));
            }
        }
        return items;
    }

    private static List<BilingualText> pairs(List<String> english, List<String> chinese) {
        List<BilingualText> pairs = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            pairs.add(new BilingualText(english.get(i), chinese.get(i)));
        }
        return pairs;
    }
}
