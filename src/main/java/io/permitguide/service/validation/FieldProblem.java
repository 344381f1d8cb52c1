package io.permitguide.service.validation;

import io.permitguide.service.i18n.Messages;
import java.util.List;

/** What is wrong with one field, as a message key (bundle {@code case}) and its arguments. */
public record FieldProblem(CaseField field, String key, List<Object> args) {
    public FieldProblem {
        args = List.copyOf(args);
    }

    static FieldProblem of(CaseField field, String key, Object... args) {
        return new FieldProblem(field, key, List.of(args));
    }

    public String message(Messages messages) {
        return messages.get(key, args.toArray());
    }
}
