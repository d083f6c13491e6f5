package io.jenkins.plugins.cmswebbridge.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The host list has bad entries. Raised before any connection is made; lists every problem found. */
public final class HostListException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** One bad entry: its 1-based line (0 for the list as a whole), the entry as written, and what is wrong. */
    public record Problem(int line, String entry, String reason) implements java.io.Serializable {
        @Override
        public String toString() {
            if (line == 0) {
                return reason;
            }
            return entry.isEmpty() ? "line " + line + ": " + reason : "line " + line + ": '" + entry + "' " + reason;
        }
    }

    private final List<Problem> problems;

    public HostListException(List<Problem> problems) {
        super("Invalid host list: " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
