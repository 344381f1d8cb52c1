package io.permitguide.service.packet;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.timeline.TimelineChart;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one packet prints. The case and city give the form fields and the bureau; the checklist, dates and
 * guidance come from their own features, already worked out, so the packet only sets them on paper.
 *
 * @param familyCase  the case (read, never changed)
 * @param city        the bureau's city profile
 * @param language    both languages side by side, or one
 * @param generatedOn the China date printed in the footer
 * @param checklist   the materials, in the order to print them
 * @param dates       the key dates, in the order to print them
 * @param guidance    the document, reasons, warnings and sources
 * @param chart       the key dates as a picture, drawn under them
 */
public record PacketInput(FamilyCase familyCase, CityProfile city, PacketLanguage language, LocalDate generatedOn,
                          List<PacketCheckItem> checklist, List<PacketDate> dates, PacketGuidance guidance,
                          TimelineChart chart) {
    public PacketInput {
        Objects.requireNonNull(familyCase, "familyCase");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(generatedOn, "generatedOn");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(chart, "chart");
        checklist = List.copyOf(checklist);
        dates = List.copyOf(dates);
    }

    public PacketInput withLanguage(PacketLanguage other) {
        return new PacketInput(familyCase, city, other, generatedOn, checklist, dates, guidance, chart);
    }

    public PacketInput withChecklist(List<PacketCheckItem> items) {
        return new PacketInput(familyCase, city, language, generatedOn, items, dates, guidance, chart);
    }

    public PacketInput withGuidance(PacketGuidance other) {
        return new PacketInput(familyCase, city, language, generatedOn, checklist, dates, other, chart);
    }
}
