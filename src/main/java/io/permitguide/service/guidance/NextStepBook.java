package io.permitguide.service.guidance;

import com.fasterxml.jackson.core.type.TypeReference;
import io.permitguide.service.data.BundledData;
import io.permitguide.service.data.DataFileException;
import io.permitguide.service.storage.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the family does next for each document, from {@code /data/next-steps.json}: ordered steps, each with its
 * text ({@code guide.next.<id>}), the case values it quotes and its sources (keys of the rule book's sources).
 */
public final class NextStepBook {
    public static final String BUNDLED = "/data/next-steps.json";

    record Step(String id, List<Detail> args, List<String> sources) {
        Step {
            args = args == null ? List.of() : List.copyOf(args);
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    record StepsFile(int version, Map<DocumentCode, List<Step>> steps) {
    }

    private final Map<DocumentCode, List<Step>> steps;
    private final RuleBook rules;

    private NextStepBook(Map<DocumentCode, List<Step>> steps, RuleBook rules) {
        this.steps = steps;
        this.rules = rules;
    }

    private static final class Holder {
        static final NextStepBook BUNDLED_BOOK = load(BUNDLED, RuleBook.bundled());
    }

    public static NextStepBook bundled() {
        return Holder.BUNDLED_BOOK;
    }

    static NextStepBook load(String resource, RuleBook rules) {
        return BundledData.load(resource, (in, file) -> parse(in, file, rules));
    }

    static NextStepBook parse(InputStream in, String file, RuleBook rules) {
        StepsFile parsed;
        try {
            parsed = Json.mapper().readValue(in, new TypeReference<StepsFile>() { });
        } catch (IOException e) {
            throw new DataFileException(file, "not a valid next-steps file: " + e.getMessage(), e);
        }
        if (parsed == null || parsed.steps() == null) {
            throw new DataFileException(file, "needs \"steps\" per document");
        }
        Map<DocumentCode, List<Step>> steps = new EnumMap<>(DocumentCode.class);
        for (DocumentCode document : DocumentCode.values()) {
            List<Step> list = parsed.steps().get(document);
            if (list == null || list.isEmpty()) {
                throw new DataFileException(file, "no steps for " + document);
            }
            for (Step step : list) {
                if (step.id() == null || !step.id().matches("[a-z][a-zA-Z0-9]*")) {
                    throw new DataFileException(file, "step id " + step.id() + " must be camelCase letters and digits");
                }
                step.sources().stream().filter(key -> rules.source(key) == null).findFirst().ifPresent(key -> {
                    throw new DataFileException(file, "step \"" + step.id() + "\" names source \"" + key + "\", which the rule book lacks");
                });
            }
            steps.put(document, List.copyOf(list));
        }
        return new NextStepBook(steps, rules);
    }

    /**
     * The steps for a document as findings (rule = step id, code = document), quoting the case's values; a value
     * the case does not give yet is quoted as "not known yet".
     */
    public List<Finding> steps(DocumentCode document, Map<Detail, Object> details) {
        return steps.get(document).stream().map(step -> new Finding(step.id(), document.name(), "guide.next." + step.id(),
                step.args().stream().map(d -> details.getOrDefault(d, Finding.NOT_KNOWN)).toList(),
                step.sources().stream().map(rules::source).toList())).toList();
    }
}
