package io.permitguide.service.guidance;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.permitguide.service.data.BundledData;
import io.permitguide.service.data.DataFileException;
import io.permitguide.service.data.Source;
import io.permitguide.service.storage.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules and their sources from {@code /data/rules.json}. Loading checks the file thoroughly, so a
 * mistake fails the build's tests with the file name and the problem, never at a user's desk.
 */
public final class RuleBook {
    public static final String BUNDLED = "/data/rules.json";

    /** The file's shape. */
    record RulesFile(int version, Map<String, Source> sources, List<Rule> rules) {
    }

    private final List<Rule> rules;
    private final Map<String, Source> sources;

    private RuleBook(List<Rule> rules, Map<String, Source> sources) {
        this.rules = List.copyOf(rules);
        this.sources = Map.copyOf(sources);
    }

    private static final class Holder {
        static final RuleBook BUNDLED_BOOK = load(BUNDLED);
    }

    public static RuleBook bundled() {
        return Holder.BUNDLED_BOOK;
    }

    public static RuleBook load(String resource) {
        return BundledData.load(resource, RuleBook::parse);
    }

    static RuleBook parse(InputStream in, String file) {
        RulesFile parsed;
        try {
            parsed = Json.mapper().readValue(in, RulesFile.class);
        } catch (JsonMappingException e) {
            throw new DataFileException(file, "unexpected content at " + e.getPathReference() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DataFileException(file, "not valid JSON: " + e.getMessage(), e);
        }
        validate(parsed, file);
        Map<String, Source> sources = new java.util.HashMap<>();
        // In the file a source's key is its name in the map; the record carries it for the i18n title.
        parsed.sources().forEach((key, s) -> sources.put(key, s.withKey(key)));
        return new RuleBook(parsed.rules(), sources);
    }

    private static void validate(RulesFile parsed, String file) {
        if (parsed.version() != 1) {
            throw new DataFileException(file, "version must be 1, is " + parsed.version());
        }
        if (parsed.rules() == null || parsed.rules().isEmpty() || parsed.sources() == null) {
            throw new DataFileException(file, "needs \"sources\" and a non-empty \"rules\" list");
        }
        parsed.sources().forEach((key, source) -> {
            String problem = source == null ? "source \"" + key + "\" is empty" : source.withKey(key).problem();
            if (problem != null) {
                throw new DataFileException(file, problem);
            }
        });
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Rule rule : parsed.rules()) {
            String where = "rule \"" + rule.id() + "\"";
            if (rule.id() == null || !rule.id().matches("[a-z][a-zA-Z0-9]*")) {
                problems.add("rule id " + rule.id() + " must be camelCase letters and digits");
            } else if (!ids.add(rule.id())) {
                problems.add(where + " is defined twice");
            }
            if (rule.kind() == null) {
                problems.add(where + " has no kind (DOCUMENT or WARNING)");
            } else if (rule.kind() == Rule.Kind.DOCUMENT && rule.document() == null) {
                problems.add(where + " is a DOCUMENT rule without a document");
            } else if (rule.kind() == Rule.Kind.WARNING && (rule.warning() == null || !rule.warning().matches("[A-Z_]+") || rule.appliesTo().isEmpty())) {
                problems.add(where + " is a WARNING rule without an UPPER_CASE warning code or appliesTo");
            } else if (rule.kind() == Rule.Kind.CASE_WARNING && (rule.warning() == null || !rule.warning().matches("[A-Z_]+")
                    || !rule.appliesTo().isEmpty())) {
                problems.add(where + " is a CASE_WARNING rule (shown whatever the document) without an UPPER_CASE warning code, or with appliesTo");
            }
            if (rule.sources().isEmpty()) {
                problems.add(where + " names no source");
            }
            for (String source : rule.sources()) {
                if (!parsed.sources().containsKey(source)) {
                    problems.add(where + " names source \"" + source + "\", which is not in \"sources\"");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DataFileException(file, String.join("; ", problems));
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    public Source source(String key) {
        return sources.get(key);
    }
}
