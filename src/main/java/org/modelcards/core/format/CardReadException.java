package org.modelcards.core.format;

/** A file that is not a readable card; {@link #problem()} says where and why. */
public final class CardReadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ReadProblem problem;

    public CardReadException(ReadProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public ReadProblem problem() {
        return problem;
    }
}
