package io.permitguide.service.guidance;

import java.util.List;
import java.util.Map;

/**
 * One rule from {@code rules.json}. A document rule fires when all its conditions hold and names the
 * recommended document (the first that fires wins); a warning rule adds a warning to those documents in
 * {@code appliesTo}; a case warning is about the family's own facts (hukou city, names) and is added whatever
 * the document. The explanation is the i18n key {@code guide.rule.<id>}; {@code args} names the case
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

    public enum Kind { DOCUMENT, WARNING, CASE_WARNING }

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

    /** True when no known fact contradicts a condition: answering the open ones could still make it fire. */
    boolean couldHold(Map<Fact, Boolean> facts) {
        return when.entrySet().stream().allMatch(c -> !facts.containsKey(c.getKey()) || c.getValue().equals(facts.get(c.getKey())));
    }

    /** Whether this warning belongs in an answer recommending {@code document}. */
    boolean warnsAbout(DocumentCode document) {
        return kind == Kind.CASE_WARNING || kind == Kind.WARNING && appliesTo.contains(document);
    }
}
