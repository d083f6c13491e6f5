package io.jenkins.plugins.cmswebbridge.engine;

import java.util.List;

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
            return entry.isEmpty()
                    ? "line " + line + ": " + reason
                    : "line " + line + ": '" + Text.clip(entry, MAX_ECHO) + "' " + reason;
        }
    }

    /** Problems named in the message; the rest are counted. */
    public static final int MAX_LISTED = 20;
    /** Characters of an entry repeated in a message. */
    static final int MAX_ECHO = 80;

    private final List<Problem> problems;

    public HostListException(List<Problem> problems) {
        super("Invalid host list: " + summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** The first {@value #MAX_LISTED} problems, then how many more there are; built in linear time. */
    public static String summary(List<Problem> problems) {
        return Text.joinFirst(
                problems.stream().limit(MAX_LISTED).map(Problem::toString).toList(), problems.size(), MAX_LISTED);
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
