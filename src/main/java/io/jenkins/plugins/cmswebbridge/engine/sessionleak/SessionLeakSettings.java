package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemIOException;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * The session-leak condition as it travels to the node that runs the build: where the CMS syslog files are (files
 * in the workspace, or each MMP's own log fetched over SFTP), and the thresholds. Restart when the leaked sessions reach {@code minLeaked} or one web bridge's active
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
    private final MmpLogSettings mmpLogs;
    private final Integer minLeaked;
    private final Integer minActive;

    /**
     * @param workspace the directory the pattern is relative to, a path on the node that runs the build
     * @throws IllegalArgumentException when the pattern is unusable, no threshold is set, or one is out of range
     */
    public SessionLeakSettings(String workspace, String pattern, Integer minLeaked, Integer minActive) {
        this(workspace, checked(pattern), null, minLeaked, minActive);
    }

    private SessionLeakSettings(
            @CheckForNull String workspace,
            @CheckForNull String pattern,
            @CheckForNull MmpLogSettings mmpLogs,
            Integer minLeaked,
            Integer minActive) {
        if (minLeaked == null && minActive == null) {
            throw new IllegalArgumentException("no threshold");
        }
        if (minLeaked != null && (minLeaked < 1 || minLeaked > MAX_LEAKED)
                || minActive != null && (minActive < 1 || minActive > MAX_ACTIVE)) {
            throw new IllegalArgumentException("threshold out of range");
        }
        this.workspace = workspace;
        this.pattern = pattern;
        this.mmpLogs = mmpLogs;
        this.minLeaked = minLeaked;
        this.minActive = minActive;
    }

    /**
     * The condition reading each MMP's own log over SFTP, with the restart's credentials and host key checks.
     *
     * @throws IllegalArgumentException when no threshold is set, or one is out of range
     */
    public static SessionLeakSettings fromMmps(MmpLogSettings mmpLogs, Integer minLeaked, Integer minActive) {
        return new SessionLeakSettings(null, null, Objects.requireNonNull(mmpLogs), minLeaked, minActive);
    }

    private static String checked(String pattern) {
        ValueProblem problem = patternProblem(pattern);
        if (problem != null) {
            throw new InvalidValueException(problem, null);
        }
        return pattern;
    }

    /** The SFTP source of the MMPs' logs; {@code null} when the logs are files in the workspace. */
    @CheckForNull
    public MmpLogSettings mmpLogs() {
        return mmpLogs;
    }

    /** Whether the logs are fetched from the MMPs ({@link #decideFromMmps}) rather than read in the workspace. */
    public boolean readsMmps() {
        return mmpLogs != null;
    }

    /** What is wrong with a file pattern, or {@code null} when it can be used. */
    @CheckForNull
    public static ValueProblem patternProblem(String pattern) {
        return LogFiles.problem(pattern);
    }

    /**
     * The outcome: the figures, whether to restart, and why in one line. A decision that is not {@code known} (some
     * MMP's log could not be read and the figures read do not justify a restart) restarts nothing, and the run says
     * so as a failure rather than as "not needed".
     */
    public record Decision(SessionLeakReport report, boolean restart, String reason, boolean known) {
        public Decision(SessionLeakReport report, boolean restart, String reason) {
            this(report, restart, reason, true);
        }
    }

    /**
     * Decides from each MMP's log, fetched over SFTP ({@link #mmpLogs()}). When every log was read, as {@link #decide}
     * does. When some could not be read, the figures are incomplete: the busiest web bridge read is still a floor, so
     * reaching {@code minActive} restarts; anything else is unknown, and nothing is restarted.
     *
     * @param report the figures of the logs read
     * @param unread how many MMPs' logs could not be read (to the end)
     * @param mmps how many MMPs' logs were fetched
     */
    public Decision decideFromMmps(SessionLeakReport report, int unread, int mmps) {
        if (unread == 0 && report.hasWebBridgeSamples()) {
            return decide(report);
        }
        int busiest = report.maxWebBridgeActive();
        String missing = unread == 0
                ? "no web bridge '[DEBUGGING] Stats' line in the MMPs' logs"
                : unread + " of " + Text.count(mmps, "MMP log", "MMP logs") + " could not be read";
        if (minActive != null && busiest >= minActive) {
            return new Decision(
                    report,
                    true,
                    "restart needed: busiest web bridge " + busiest + " >= " + minActive + " (" + missing
                            + "; the busiest web bridge read is enough)");
        }
        return new Decision(report, false, "session leak unknown: " + missing + "; nothing was restarted", false);
    }

    /**
     * Reads the files on this node and decides.
     *
     * @throws IOException when no file matches or the files hold no web bridge statistics (a {@link
     *     ProblemIOException} then): the leak cannot be judged, so nothing is restarted
     */
    public Decision evaluate(Clock clock) throws IOException, InterruptedException {
        SessionLeakReport report = scan(Path.of(workspace), pattern, clock);
        if (!report.hasWebBridgeSamples()) {
            throw new ProblemIOException(
                    ProblemCode.LOGS_NO_STATS, report.files().size(), shown(pattern), report.linesRead());
        }
        return decide(report);
    }

    /**
     * Reads the files matching {@code pattern} under {@code base}.
     *
     * @throws IOException when the pattern is unusable or no file matches (a {@link ProblemIOException} then), or
     *     the walk through the workspace fails; the message does not name the field, which differs between the
     *     callers
     */
    public static SessionLeakReport scan(Path base, String pattern, Clock clock)
            throws IOException, InterruptedException {
        SessionLeakReport report;
        try {
            report = LeakScanner.scan(base, pattern, clock);
        } catch (IllegalArgumentException e) {
            throw new ProblemIOException(ProblemIOException.problemOf(e), e);
        }
        if (report.files().isEmpty()) {
            throw new ProblemIOException(ProblemCode.LOGS_NO_MATCH, shown(pattern));
        }
        return report;
    }

    /** The pattern as messages repeat it. */
    private static String shown(String pattern) {
        return Text.clip(pattern, 200);
    }

    /**
     * Whether the figures call for a restart. Without any call bridge {@code STATS:} line the leak cannot be
     * computed (every web bridge session would count as leaked), so {@code minLeaked} is then not used.
     */
    public Decision decide(SessionLeakReport report) {
        long leaked = report.leaked();
        int busiest = report.maxWebBridgeActive();
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
