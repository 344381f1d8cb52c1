package io.permitguide.service.storage;

import io.permitguide.service.i18n.Messages;

/**
 * A case file that cannot be turned into a case, with the reason in a form the UI can translate and, where known,
 * the field at fault ("permit.expiryDate").
 */
public class CaseFileException extends Exception {
    private final CaseFileProblem problem;
    private final String field;

    public CaseFileException(CaseFileProblem problem, String detail, Throwable cause) {
        this(problem, detail, null, cause);
    }

    public CaseFileException(CaseFileProblem problem, String detail, String field, Throwable cause) {
        super(problem + (field == null ? "" : " at " + field) + ": " + detail, cause);
        this.problem = problem;
        this.field = field;
    }

    public CaseFileProblem problem() {
        return problem;
    }

    /** The field at fault, as a path inside the case ("child.foreignPassports[0].expiryDate"), or null. */
    public String field() {
        return field;
    }

    /** The translated reason, naming the field when known. */
    public String reason(Messages messages) {
        return reason(messages, problem, field);
    }

    static String reason(Messages messages, CaseFileProblem problem, String field) {
        String text = messages.get(problem == null ? "error.setAside.noReason" : problem.messageKey());
        return field == null ? text : messages.get("error.caseFile.field", text, field);
    }
}
