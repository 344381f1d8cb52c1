package io.permitguide.service.guidance;

import io.permitguide.service.city.CityFigureText;
import io.permitguide.service.data.Source;
import io.permitguide.service.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** The words of an assessment in the interface language; the command line, the Guide view and the packet share them. */
public final class AssessmentText {
    private AssessmentText() {
    }

    public static String document(Assessment a, Messages m) {
        return m.of(a.recommended());
    }

    /** Each alternative with why it was not the answer, so a family can tell when it would be. */
    public static List<String> alternatives(Assessment a, Messages m) {
        return a.alternatives().stream()
                .map(alternative -> m.get("guide.result.alternative", m.of(alternative), m.get("guide.whyNot." + alternative.name())))
                .toList();
    }

    public static List<String> reasons(Assessment a, Messages m) {
        return a.reasons().stream().map(f -> f.text(m)).toList();
    }

    public static List<String> warnings(Assessment a, Messages m) {
        return a.warnings().stream().map(f -> f.text(m)).toList();
    }

    /** What to do next, in order; with a note first when a date quoted is an estimate. */
    public static List<String> nextSteps(Assessment a, Messages m) {
        return a.nextSteps().stream().map(f -> f.text(m)).toList();
    }

    /** The note that some dates are estimated, or nothing. */
    public static List<String> estimateNote(Assessment a, Messages m) {
        return a.estimate() ? List.of(m.get("guide.result.estimate")) : List.of();
    }

    /**
     * Cost, time and what the bureau asks for, for the recommended document: for a permit, each of the city's
     * figures with where it comes from and how old that evidence is, or "not confirmed: ask the bureau".
     * Empty when the app has no figures for the document.
     */
    public static List<String> costLines(Assessment a, Messages m) {
        return switch (a.recommended()) {
            case ENTRY_EXIT_PERMIT -> CityFigureText.costLines(a.city(), m);
            case TRAVEL_DOCUMENT -> List.of(m.get("guide.result.travelDocumentCost"));
            default -> List.of();
        };
    }

    /** Where to apply: the city's bureau and its address, each marked with its source, or a consulate abroad. */
    public static List<String> whereLines(Assessment a, Messages m) {
        return switch (a.recommended()) {
            case ENTRY_EXIT_PERMIT -> CityFigureText.whereLines(a.city(), m);
            case TRAVEL_DOCUMENT -> List.of(m.get("guide.result.whereConsulate"));
            default -> List.of();
        };
    }

    public static List<String> sources(Assessment a, Messages m) {
        return a.sources().stream().map(s -> source(s, m)).toList();
    }

    /** A source with both dates: the date of the evidence and the day the project last checked it. */
    public static String source(Source s, Messages m) {
        return m.get("guide.result.source", m.get(s.titleKey()), s.reference(m.language()), s.evidenceText(), s.lastChecked().toString());
    }

    /** The open questions, each once. */
    public static List<String> missing(Assessment a, Messages m) {
        return a.missing().stream().map(m::of).distinct().toList();
    }

    /** The whole result as plain text for a terminal. */
    public static List<String> lines(Assessment a, Messages m) {
        List<String> out = new ArrayList<>();
        out.add(m.get("guide.result.recommendedLine", document(a, m)));
        section(out, m.get("guide.result.warnings"), warnings(a, m));
        section(out, m.get("guide.result.reasons"), reasons(a, m));
        section(out, m.get("guide.result.missing"), missing(a, m));
        numbered(out, m.get("guide.result.nextSteps"), nextSteps(a, m));
        estimateNote(a, m).forEach(note -> out.add("  " + note));
        section(out, m.get("guide.result.alternatives"), alternatives(a, m));
        section(out, m.get("guide.result.cost"), costLines(a, m));
        section(out, m.get("guide.result.where"), whereLines(a, m));
        section(out, m.get("guide.result.sources"), sources(a, m));
        out.add("");
        out.add(m.get("guide.result.confirm"));
        out.add(m.get("guide.result.assessedOn", a.assessedOn().toString()));
        return out;
    }

    private static void numbered(List<String> out, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.add("");
        out.add(title);
        for (int i = 0; i < items.size(); i++) {
            out.add("  " + (i + 1) + ". " + items.get(i));
        }
    }

    private static void section(List<String> out, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.add("");
        out.add(title);
        items.forEach(item -> out.add("  - " + item));
    }
}
