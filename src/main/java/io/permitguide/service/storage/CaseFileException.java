package io.permitguide.service.storage;

/** A case file that cannot be turned into a case, with the reason in a form the UI can translate. */
public class CaseFileException extends Exception {
    private final CaseFileProblem problem;

    public CaseFileException(CaseFileProblem problem, String detail, Throwable cause) {
        super(problem + ": " + detail, cause);
        this.problem = problem;
    }

    public CaseFileProblem problem() {
        return problem;
    }
}
