package io.permitguide.service.packet;

import java.util.List;

/**
 * What the case guidance concluded, as plain text for the packet.
 *
 * @param documentEn the document the family applies for, in English
 * @param documentZh the same in Chinese
 * @param reasons    why that document applies, one EN/ZH pair per line
 * @param nextSteps  what the family does next, in order, one EN/ZH pair per step
 * @param warnings   what could go wrong at the counter, one EN/ZH pair per line
 * @param sources    where the guidance comes from
 */
public record PacketGuidance(String documentEn, String documentZh, List<BilingualText> reasons,
                             List<BilingualText> nextSteps, List<BilingualText> warnings, List<PacketSource> sources) {
    public PacketGuidance {
        documentEn = documentEn == null ? "" : documentEn;
        documentZh = documentZh == null ? "" : documentZh;
        reasons = List.copyOf(reasons);
        nextSteps = List.copyOf(nextSteps);
        warnings = List.copyOf(warnings);
        sources = List.copyOf(sources);
    }
}
