package io.jenkins.plugins.cmswebbridge.engine.hosts;

import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.util.List;

/**
 * The host list has bad entries. Raised before any connection is made; lists every problem found. Its problem is
 * {@link #summaryProblem(List)} of them.
 */
public final class HostListException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** One bad entry: its 1-based line (0 for the list as a whole), the entry as written, and what is wrong. */
    public record Problem(int line, String entry, ValueProblem why) implements java.io.Serializable {

        /** What is wrong, in English. */
        public String reason() {
            return why.english();
        }

        /** The whole problem: the line and the entry (cut to {@value #MAX_ECHO} characters), then what is wrong. */
        public ValueProblem toValueProblem() {
            if (line == 0) {
                return why;
            }
            return entry.isEmpty()
                    ? ValueProblem.of(ProblemCode.LINE, line, why)
                    : ValueProblem.of(ProblemCode.LINE_ENTRY, line, Text.clip(entry, MAX_ECHO), why);
        }

        @Override
        public String toString() {
            return toValueProblem().english();
        }
    }

    /** Problems named in the message; the rest are counted. */
    public static final int MAX_LISTED = ValueProblem.MAX_LISTED;
    /** Characters of an entry repeated in a message. */
    static final int MAX_ECHO = 80;

    private final List<Problem> problems;

    public HostListException(List<Problem> problems) {
        this(summaryProblem(problems), problems);
    }

    private HostListException(ValueProblem summary, List<Problem> problems) {
        super("Invalid host list: " + summary.english(), summary, null);
        this.problems = List.copyOf(problems);
    }

    /** The first {@value #MAX_LISTED} problems, then how many more there are, in English; built in linear time. */
    public static String summary(List<Problem> problems) {
        return summaryProblem(problems).english();
    }

    /** The same as a problem, to be worded. */
    public static ValueProblem summaryProblem(List<Problem> problems) {
        return ValueProblem.several(
                problems.stream().limit(MAX_LISTED).map(Problem::toValueProblem).toList(), problems.size());
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
