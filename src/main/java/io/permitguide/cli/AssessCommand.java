package io.permitguide.cli;

import io.permitguide.service.analysis.CaseAnalysis;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.data.Source;
import io.permitguide.service.guidance.Assessment;
import io.permitguide.service.guidance.AssessmentText;
import io.permitguide.service.guidance.Finding;
import io.permitguide.service.i18n.Messages;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code assess CASE.json [--json]}: which document the child needs, why, and what to watch for. */
@Command(name = "assess", mixinStandardHelpOptions = true)
public class AssessCommand extends CaseReportCommand {
    @Override
    Object asJson(CaseAnalysis analysis, Messages messages) {
        return asJson(analysis.assessment(), messages);
    }

    @Override
    void printForPeople(CaseAnalysis analysis, Messages messages, PrintWriter out) {
        AssessmentText.lines(analysis.assessment(), messages).forEach(out::println);
    }

    /** Stable codes for scripts, with the texts in the chosen language beside them. */
    static Map<String, Object> asJson(Assessment a, Messages m) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("document", a.recommended().name());
        root.put("documentName", m.of(a.recommended()));
        root.put("alternatives", a.alternatives().stream().map(Enum::name).toList());
        root.put("reasons", findings(a.reasons(), m));
        root.put("warnings", findings(a.warnings(), m));
        root.put("nextSteps", findings(a.nextSteps(), m));
        root.put("datesEstimated", a.estimate());
        CityProfile city = a.city();
        Map<String, Object> cityJson = new LinkedHashMap<>();
        cityJson.put("id", city.id());
        cityJson.put("defaultProfile", city.fallback());
        cityJson.put("feeYuan", city.usualValidity().feeYuan());
        cityJson.put("processingWorkingDays", city.processingWorkingDays());
        cityJson.put("validityMonths", city.usualValidity().months());
        root.put("city", cityJson);
        root.put("sources", a.sources().stream().map(s -> source(s, m)).toList());
        root.put("missing", a.missing().stream().map(Enum::name).toList());
        root.put("trace", a.trace());
        root.put("assessedOn", a.assessedOn().toString());
        return root;
    }

    /** One source: the reference in the chosen language, the date of its evidence and the day it was last checked. */
    private static Map<String, Object> source(Source s, Messages m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", s.key());
        json.put("title", m.get(s.titleKey()));
        json.put("reference", s.reference(m.language()));
        json.put("evidence", s.evidence());
        json.put("lastChecked", s.lastChecked().toString());
        return json;
    }

    private static List<Map<String, Object>> findings(List<Finding> findings, Messages m) {
        return findings.stream().map(f -> {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("rule", f.rule());
            finding.put("code", f.code());
            finding.put("args", f.args());
            finding.put("text", f.text(m));
            return finding;
        }).toList();
    }
}
