package io.permitguide.service.guidance;

import io.permitguide.service.data.Source;
import java.util.List;

/**
 * Why the result is what it is, or what to watch out for: the rule that fired, a stable code (the document
 * for a reason, the warning code for a warning), its text key and the sources behind it.
 */
public record Finding(String rule, String code, String textKey, List<Source> sources) {
    public Finding {
        sources = List.copyOf(sources);
    }
}
