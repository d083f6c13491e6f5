package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The session-leak condition as it travels to the node that runs the build: where the CMS syslog files are,
 * and the thresholds. Restart when the leaked sessions reach {@code minLeaked} or one web bridge's active
 * sessions reach {@code minActive} (a {@code null} threshold is not used).
 */
public final class SessionLeakSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String workspace;
    private final String pattern;
    private final Integer minLeaked;
    private final Integer minActive;

    public SessionLeakSettings(String workspace, String pattern, Integer minLeaked, Integer minActive) {
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
     * @throws IOException naming the field when no file matches or the files hold no web bridge statistics:
     *     the leak cannot be judged, so nothing is restarted
     */
    public Decision evaluate(Clock clock) throws IOException, InterruptedException {
        SessionLeakReport report;
        try {
            report = scan(Path.of(workspace), pattern, clock);
        } catch (IOException e) {
            throw new IOException("sessionLeak.logs: " + e.getMessage(), e);
        }
        if (!report.hasWebBridgeSamples()) {
            throw new IOException("sessionLeak.logs: no web bridge '[DEBUGGING] Stats' line in the "
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
