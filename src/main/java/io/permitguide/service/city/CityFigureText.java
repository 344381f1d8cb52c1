package io.permitguide.service.city;

import io.permitguide.service.data.Source;
import io.permitguide.service.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A city's figures in words, each followed by where it comes from and the date of that evidence, or by
 * "not confirmed: ask the bureau". The Guide, the command line and the packet show the same lines.
 */
public final class CityFigureText {
    private CityFigureText() {
    }

    /** Validity, fee, time, photos, who comes, the destination policy and the city's note. */
    public static List<String> costLines(CityProfile city, Messages m) {
        List<String> lines = new ArrayList<>();
        ValidityOption usual = city.usualValidity();
        lines.add(marked(m.get(usual.multipleEntry() ? "guide.figure.validityMultiple" : "guide.figure.validity", usual.months()),
                city.source(usual.source()), m));
        lines.add(marked(m.get("guide.figure.fee", usual.feeYuan()), city.source(usual.feeSource()), m));
        lines.add(marked(m.get("guide.figure.processing", city.processingWorkingDays()), city.sourceOf(CityFigure.PROCESSING_DAYS), m));
        lines.add(marked(m.get("guide.figure.legalLimit", city.legalLimitDays()), city.sourceOf(CityFigure.LEGAL_LIMIT), m));
        for (ValidityOption other : city.validity().subList(1, city.validity().size())) {
            lines.add(marked(m.get(other.reportedOnly() ? "guide.figure.reportedOption" : "guide.figure.otherOption", other.months()),
                    city.source(other.source()), m));
            lines.add(marked(m.get("guide.figure.otherOptionFee", other.months(), other.feeYuan()), city.source(other.feeSource()), m));
        }
        lines.add(marked(city.photos() > 0 ? m.get("guide.figure.photos", city.photos()) : m.get("guide.figure.photosOnSite"),
                city.sourceOf(CityFigure.PHOTOS), m));
        if (city.childAttends()) {
            lines.add(marked(m.get("guide.figure.childAttends"), city.sourceOf(CityFigure.CHILD_ATTENDS), m));
        }
        if (city.bothParentsFirstTime()) {
            lines.add(marked(m.get("guide.figure.bothParents"), city.sourceOf(CityFigure.BOTH_PARENTS_FIRST_TIME), m));
        }
        if (city.foreignParentResidencePermit()) {
            lines.add(marked(m.get("guide.figure.foreignParentPermit"), city.sourceOf(CityFigure.FOREIGN_PARENT_RESIDENCE_PERMIT), m));
        }
        lines.add(marked(m.of(city.destinationPolicy()), city.sourceOf(CityFigure.DESTINATION), m));
        String notes = m.get(city.notesKey());
        if (!notes.isBlank()) {
            lines.add(marked(notes, city.sourceOf(CityFigure.NOTES), m));
        }
        return lines;
    }

    /** The bureau's name and, when the bundle has one, its address. */
    public static List<String> whereLines(CityProfile city, Messages m) {
        List<String> lines = new ArrayList<>();
        lines.add(marked(m.get(city.bureauKey()), city.sourceOf(CityFigure.BUREAU), m));
        String address = city.hasAddress() ? m.get(city.addressKey()) : "";
        if (!address.isBlank()) {
            lines.add(marked(address, city.sourceOf(CityFigure.ADDRESS), m));
        }
        return lines;
    }

    /** The figure with its source's short title and evidence date, or the request to ask the bureau. */
    public static String marked(String figure, Optional<Source> source, Messages m) {
        return source.map(s -> m.get("guide.figure.sourced", figure, m.get(s.shortTitleKey()), s.evidenceText()))
                .orElseGet(() -> m.get("guide.figure.unconfirmed", figure));
    }
}
