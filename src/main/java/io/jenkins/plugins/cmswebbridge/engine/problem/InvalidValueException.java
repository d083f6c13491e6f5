package io.jenkins.plugins.cmswebbridge.engine.problem;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * A value that cannot be used, with what is wrong with it as a {@link ValueProblem}: the message is the problem's
 * English text, and the glue words the problem in the user's language.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final ValueProblem problem;

    public InvalidValueException(ProblemCode code, Object... args) {
        this(ValueProblem.of(code, args), null);
    }

    public InvalidValueException(ValueProblem problem, @CheckForNull Throwable cause) {
        this(problem.english(), problem, cause);
    }

    /** For a subclass whose message says more than the problem, e.g. what the problem is about. */
    protected InvalidValueException(String message, ValueProblem problem, @CheckForNull Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public ValueProblem getProblem() {
        return problem;
    }

    /** The same problem as the named field's, e.g. {@code keys: ...}. */
    public InvalidValueException inField(String field) {
        return new InvalidValueException(problem.inField(field), this);
    }
}
