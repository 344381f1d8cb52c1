package io.permitguide.service.packet;

import io.permitguide.model.CustomItem;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.ItemState;
import io.permitguide.model.Language;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.Conflict;
import io.permitguide.service.timeline.PermitTimeline;
import io.permitguide.service.timeline.TimelineTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Packet inputs built from what is already known about a case, before the guidance and checklist add theirs. */
public final class PacketInputs {
    private PacketInputs() {
    }

    /**
     * The packet for a case from its timeline and city alone: the key dates, the date conflicts as warnings, the
     * city's sources, and the family's own checklist items. The guidance and checklist features replace the
     * document, reasons and materials with {@link PacketInput#withGuidance} and {@link PacketInput#withChecklist}.
     */
    public static PacketInput basic(FamilyCase familyCase, LocalDate today, PacketLanguage language) {
        CityProfile city = PermitTimeline.cityOf(familyCase);
        PermitTimeline timeline = PermitTimeline.of(familyCase, today);
        return new PacketInput(familyCase, city, language, today, customItems(familyCase), keyDates(timeline),
                guidance(city, timeline));
    }

    /** Last day to apply, application, expected collection, expiry and the planned trip, unknown ones included. */
    public static List<PacketDate> keyDates(PermitTimeline t) {
        return List.of(
                date("timeline.field.lastDayToApply", t.lastDayToApply(), t.lastDayToApplyEstimate()),
                date("timeline.field.appliedOn", t.appliedOn(), false),
                date("timeline.field.expectedCollection", t.expectedCollection(), t.collectionEstimate()),
                date("timeline.field.proposedExpiry", t.expiry(), false),
                date("timeline.field.departure", t.plannedDeparture(), false),
                date("timeline.field.return", t.plannedReturn(), false));
    }

    private static PacketGuidance guidance(CityProfile city, PermitTimeline timeline) {
        List<BilingualText> warnings = new ArrayList<>();
        for (Conflict conflict : timeline.conflicts()) {
            warnings.add(both(m -> TimelineTexts.conflict(conflict, m)));
        }
        List<PacketSource> sources = city.sources().stream().map(PacketSource::of).toList();
        BilingualText permit = both(m -> m.get("packet.document.permit"));
        return new PacketGuidance(permit.en(), permit.zh(), List.of(), warnings, sources);
    }

    private static List<PacketCheckItem> customItems(FamilyCase familyCase) {
        List<PacketCheckItem> items = new ArrayList<>();
        for (CustomItem item : familyCase.getChecklist().getCustomItems()) {
            items.add(new PacketCheckItem(item.getLabel(), item.getLabel(), item.isCopyNeeded(),
                    item.getState() != ItemState.TO_GET, item.getNote()));
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
}
