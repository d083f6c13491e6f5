package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The session-leak condition as it travels to the node that runs the build: where the CMS syslog files are,
 * and the thresholds. Restart when the leaked sessions reach {@code minLeaked} or one web bridge's active
 * sessions reach {@code minActive} (a {@code null} threshold is not used; at least one is set). Validated when
 * built; the glue names the fields in its own messages.
 */
public final class SessionLeakSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The highest useful threshold for active sessions: a web bridge refuses guests from 149 on. */
    public static final int MAX_ACTIVE = SessionLeakReport.SESSION_LIMIT;

    public static final int MAX_LEAKED = 100_000;

    private final String workspace;
    private final String pattern;
    private final Integer minLeaked;
    private final Integer minActive;

    /**
     * @param workspace the directory the pattern is relative to, a path on the node that runs the build
     * @throws IllegalArgumentException when the pattern is unusable, no threshold is set, or one is out of range
     */
    public SessionLeakSettings(String workspace, String pattern, Integer minLeaked, Integer minActive) {
        String problem = checkPattern(pattern);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (minLeaked == null && minActive == null) {
            throw new IllegalArgumentException("no threshold");
        }
        if (minLeaked != null && (minLeaked < 1 || minLeaked > MAX_LEAKED)
                || minActive != null && (minActive < 1 || minActive > MAX_ACTIVE)) {
            throw new IllegalArgumentException("threshold out of range");
        }
        this.workspace = workspace;
        this.pattern = pattern;
        this.minLeaked = minLeaked;
        this.minActive = minActive;
    }

    /** What is wrong with a file pattern, or {@code null} when it can be used. */
    public static String checkPattern(String pattern) {
        return LogFiles.check(pattern);
    }

    /** The outcome: the figures, whether to restart, and why in one line. */
    public record Decision(SessionLeakReport report, boolean restart, String reason) {}

    /**
     * Reads the files on this node and decides.
     *
     * @throws IOException when no file matches or the files hold no web bridge statistics: the leak cannot be
     *     judged, so nothing is restarted
     */
    public Decision evaluate(Clock clock) throws IOException, InterruptedException {
        SessionLeakReport report = scan(Path.of(workspace), pattern, clock);
        if (!report.hasWebBridgeSamples()) {
            throw new IOException("no web bridge '[DEBUGGING] Stats' line in the "
                    + report.getFiles().size() + " file(s) matching '" + pattern + "' (" + report.getLinesRead()
                    + " lines read); the leak cannot be judged, so nothing was restarted");
        }
        return decide(report);
    }

    /**
     * Reads the files matching {@code pattern} under {@code base}.
     *
     * @throws IOException when the pattern is unusable or no file matches; the message does not name the
     *     field, which differs between the callers
     */
    public static SessionLeakReport scan(Path base, String pattern, Clock clock)
            throws IOException, InterruptedException {
        SessionLeakReport report;
        try {
            report = LeakScanner.scan(base, pattern, clock);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (report.getFiles().isEmpty()) {
            throw new IOException("no file in the workspace matches '" + pattern + "'");
        }
        return report;
    }

    /**
     * Whether the figures call for a restart. Without any call bridge {@code STATS:} line the leak cannot be
     * computed (every web bridge session would count as leaked), so {@code minLeaked} is then not used.
     */
    public Decision decide(SessionLeakReport report) {
        long leaked = report.getLeaked();
        int busiest = report.getMaxWebBridgeActive();
        boolean leakKnown = report.hasCallBridgeSamples();
        boolean leakReached = minLeaked != null && leakKnown && leaked >= minLeaked;
        boolean activeReached = minActive != null && busiest >= minActive;
        StringBuilder why = new StringBuilder();
        if (minLeaked != null) {
            why.append(
                    leakKnown
                            ? leaked + " leaked " + (leakReached ? ">= " : "< ") + minLeaked
                            : "leak unknown (no call bridge STATS line with CMA)");
        }
        if (minActive != null) {
            why.append(why.length() > 0 ? (leakReached || activeReached ? ", " : " and ") : "")
                    .append("busiest web bridge ")
                    .append(busiest)
                    .append(activeReached ? " >= " : " < ")
                    .append(minActive);
        }
        boolean restart = leakReached || activeReached;
        return new Decision(report, restart, (restart ? "restart needed: " : "restart not needed: ") + why);
    }
}
