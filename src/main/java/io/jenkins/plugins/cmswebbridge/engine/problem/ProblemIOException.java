package io.jenkins.plugins.cmswebbridge.engine.problem;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;

/**
 * An I/O failure whose cause is told as a {@link ValueProblem}: a file a user named that cannot be used, log files
 * that do not allow a judgement, TLS that cannot be set up on a node. The message is the problem's English text (what
 * logs say); the glue words the problem in the user's language. Thrown on an agent, it reaches the controller with
 * its problem, whose arguments are plain serializable values (strings, numbers and problems).
 */
public class ProblemIOException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Characters of a library's message kept in a problem. */
    static final int MAX_MESSAGE = 500;

    private final ValueProblem problem;

    public ProblemIOException(ProblemCode code, Object... args) {
        this(ValueProblem.of(code, args), null);
    }

    public ProblemIOException(ValueProblem problem, @CheckForNull Throwable cause) {
        super(problem.english(), cause);
        this.problem = problem;
    }

    public ValueProblem getProblem() {
        return problem;
    }

    /**
     * What is wrong, whatever failed: the problem of a {@link ProblemIOException} or an {@link InvalidValueException},
     * or else the exception's own message (a library's or the system's, in its language) on one line, clipped, as a
     * {@link ProblemCode#TEXT} problem.
     */
    public static ValueProblem problemOf(Exception e) {
        if (e instanceof ProblemIOException p) {
            return p.getProblem();
        }
        if (e instanceof InvalidValueException invalid) {
            return invalid.getProblem();
        }
        String message = e.getMessage();
        return ValueProblem.of(
                ProblemCode.TEXT, Text.clip(message == null ? e.getClass().getSimpleName() : message, MAX_MESSAGE));
    }
}
