package io.permitguide.service.guidance;

import java.util.List;
import java.util.Map;

/**
 * One rule from {@code rules.json}. A document rule fires when all its conditions hold and names the
 * recommended document (the first that fires wins); a warning rule adds a warning to those documents in
 * {@code appliesTo}. The explanation is the i18n key {@code guide.rule.<id>}; {@code args} names the case
 * values it quotes, in placeholder order.
 */
public record Rule(
        String id,
        Kind kind,
        Map<Fact, Boolean> when,
        DocumentCode document,
        List<DocumentCode> alternatives,
        String warning,
        List<DocumentCode> appliesTo,
        List<String> sources,
        List<Detail> args) {

    public enum Kind { DOCUMENT, WARNING }

    public Rule {
        when = when == null ? Map.of() : Map.copyOf(when);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
        sources = sources == null ? List.of() : List.copyOf(sources);
        args = args == null ? List.of() : List.copyOf(args);
    }

    public String textKey() {
        return "guide.rule." + id;
    }

    /** True when every condition is known and as required. */
    boolean holds(Map<Fact, Boolean> facts) {
        return when.entrySet().stream().allMatch(c -> c.getValue().equals(facts.get(c.getKey())));
    }
}
