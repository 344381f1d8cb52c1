package io.permitguide.service.packet;

import io.permitguide.model.Language;
import io.permitguide.service.analysis.CaseAnalysis;
import io.permitguide.service.checklist.ChecklistEntry;
import io.permitguide.service.checklist.ChecklistTexts;
import io.permitguide.service.guidance.Assessment;
import io.permitguide.service.guidance.AssessmentText;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.Conflict;
import io.permitguide.service.timeline.PermitTimeline;
import io.permitguide.service.timeline.TimelineChart;
import io.permitguide.service.timeline.TimelineTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The packet input for a case, in one step from its analysis: the document, reasons, next steps, warnings and
 * sources of the answer, the papers of that document's checklist as the family keeps it, and that document's dates.
 */
public final class CasePacket {
    private CasePacket() {
    }

    public static PacketInput of(CaseAnalysis analysis, PacketLanguage language) {
        Assessment assessment = analysis.assessment();
        Messages en = Messages.of(Language.EN);
        Messages zh = Messages.of(Language.ZH);
        List<BilingualText> warnings = new ArrayList<>(pairs(AssessmentText.warnings(assessment, en), AssessmentText.warnings(assessment, zh)));
        for (Conflict conflict : analysis.timeline().conflicts()) {
            warnings.add(both(m -> TimelineTexts.conflict(conflict, m)));
        }
        // Without a clear result the document applied for stays blank; the reasons say which answers are missing.
        boolean decided = assessment.recommended() != DocumentCode.NO_CLEAR_PATH;
        PacketGuidance guidance = new PacketGuidance(decided ? AssessmentText.document(assessment, en) : "",
                decided ? AssessmentText.document(assessment, zh) : "",
                pairs(AssessmentText.reasons(assessment, en), AssessmentText.reasons(assessment, zh)),
                assessment.nextSteps().stream().map(step -> both(step::text)).toList(),
                warnings, assessment.sources().stream().map(PacketSource::of).toList());
        return new PacketInput(analysis.familyCase(), analysis.city(), language, analysis.today(),
                checklistItems(analysis), keyDates(analysis.timeline()), guidance,
                TimelineChart.of(analysis.timeline()));
    }

    /** The document's key dates, unknown ones included: the bureau's dates only for the permit. */
    public static List<PacketDate> keyDates(PermitTimeline t) {
        List<PacketDate> dates = new ArrayList<>();
        if (t.document() == DocumentCode.ENTRY_EXIT_PERMIT) {
            dates.add(date("timeline.field.lastDayToApply", t.lastDayToApply(), t.lastDayToApplyEstimate()));
            dates.add(date("timeline.field.appliedOn", t.appliedOn(), false));
            dates.add(date("timeline.field.expectedCollection", t.expectedCollection(), t.collectionEstimate()));
        }
        dates.add(date("timeline.field.issueDate", t.issueDate(), false));
        // The timeline knows whether the expiry was typed from the permit or proposed from the issue date.
        dates.add(date("timeline.field.proposedExpiry", t.expiry(), t.expiryProposed()));
        dates.add(date("timeline.field.departure", t.plannedDeparture(), false));
        dates.add(date("timeline.field.return", t.plannedReturn(), false));
        return dates;
    }

    private static List<PacketCheckItem> checklistItems(CaseAnalysis analysis) {
        Messages en = Messages.of(Language.EN);
        Messages zh = Messages.of(Language.ZH);
        List<PacketCheckItem> items = new ArrayList<>();
        for (ChecklistEntry entry : analysis.shownChecklist()) {
            items.add(new PacketCheckItem(ChecklistTexts.name(entry, en), ChecklistTexts.name(entry, zh), entry.copyNeeded(),
                    entry.ready(), entry.note(), entry.kind() == io.permitguide.service.checklist.ItemKind.PRESENCE));
        }
        return items;
    }

    private static PacketDate date(String key, LocalDate date, boolean estimate) {
        BilingualText label = both(m -> m.get(key));
        return new PacketDate(label.en(), label.zh(), date, estimate);
    }

    private static BilingualText both(Function<Messages, String> text) {
        return new BilingualText(text.apply(Messages.of(Language.EN)), text.apply(Messages.of(Language.ZH)));
    }

    private static List<BilingualText> pairs(List<String> english, List<String> chinese) {
        List<BilingualText> pairs = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            pairs.add(new BilingualText(english.get(i), chinese.get(i)));
        }
        return pairs;
    }
}
