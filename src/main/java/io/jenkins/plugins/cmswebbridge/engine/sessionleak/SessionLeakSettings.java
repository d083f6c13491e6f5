package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemIOException;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.ForecastRule;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Outlook;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The session-leak condition as it travels to the node that runs the build: where the CMS syslog files are (files
 * in the workspace, or each MMP's own log fetched over SFTP), the thresholds, and the forecast rule. Without a
 * forecast rule, restart when the leaked sessions reach {@code minLeaked} or one web bridge's active sessions reach
 * {@code minActive} (a {@code null} threshold is not used; at least one is set). With one, the web bridges' forecasts
 * decide ({@link ForecastDecision}), and the thresholds only when a forecast is unknown; without a threshold then,
 * {@code minActive} is the limit less the rule's margin. Validated when built; the glue names the fields in its own
 * messages.
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
    private final ForecastRule forecast;

    /**
     * @param workspace the directory the pattern is relative to, a path on the node that runs the build
     * @throws IllegalArgumentException when the pattern is unusable, no threshold is set, or one is out of range
     */
    public SessionLeakSettings(String workspace, String pattern, Integer minLeaked, Integer minActive) {
        this(workspace, pattern, minLeaked, minActive, null);
    }

    /**
     * The same, with a forecast rule ({@code null} for none); with one, the thresholds may both be {@code null}.
     *
     * @throws IllegalArgumentException as the constructor without a rule
     */
    public SessionLeakSettings(
            String workspace,
            String pattern,
            Integer minLeaked,
            Integer minActive,
            @CheckForNull ForecastRule forecast) {
        this(workspace, checked(pattern), null, minLeaked, minActive, forecast);
    }

    private SessionLeakSettings(
            @CheckForNull String workspace,
            @CheckForNull String pattern,
            @CheckForNull MmpLogSettings mmpLogs,
            Integer minLeaked,
            Integer minActive,
            @CheckForNull ForecastRule forecast) {
        if (minLeaked == null && minActive == null && forecast == null) {
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
        this.minActive = minLeaked == null && minActive == null
                ? Integer.valueOf(forecast.count(SessionLeakReport.SESSION_LIMIT))
                : minActive;
        this.forecast = forecast;
    }

    /**
     * The condition reading each MMP's own log over SFTP, with the restart's credentials and host key checks.
     *
     * @throws IllegalArgumentException when no threshold is set, or one is out of range
     */
    public static SessionLeakSettings fromMmps(MmpLogSettings mmpLogs, Integer minLeaked, Integer minActive) {
        return fromMmps(mmpLogs, minLeaked, minActive, null);
    }

    /** The same, with a forecast rule ({@code null} for none). */
    public static SessionLeakSettings fromMmps(
            MmpLogSettings mmpLogs, Integer minLeaked, Integer minActive, @CheckForNull ForecastRule forecast) {
        return new SessionLeakSettings(null, null, Objects.requireNonNull(mmpLogs), minLeaked, minActive, forecast);
    }

    /** The forecast rule; {@code null} when the thresholds alone decide. */
    @CheckForNull
    public ForecastRule forecast() {
        return forecast;
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
     * The condition's decision: the figures, whether to restart, and why in one line. A decision that is not
     * {@code known} (some MMP's log could not be read and the figures read do not justify a restart) restarts
     * nothing, and the run says so as a failure rather than as "not needed". With a forecast rule, {@code outlooks}
     * says what each web bridge's forecast called for; it is empty without one.
     */
    public record Decision(
            SessionLeakReport report, boolean restart, String reason, boolean known, List<Outlook> outlooks) {
        public Decision {
            outlooks = List.copyOf(outlooks);
        }

        public Decision(SessionLeakReport report, boolean restart, String reason) {
            this(report, restart, reason, true, List.of());
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
     * @param now the clock's time, against which the forecasts are judged
     */
    public Decision decideFromMmps(SessionLeakReport report, int unread, int mmps, Instant now) {
        if (unread == 0 && report.hasWebBridgeSamples()) {
            return decide(report, now);
        }
        int busiest = report.maxWebBridgeActive();
        String missing = unread == 0
                ? "no web bridge '[DEBUGGING] Stats' line in the MMPs' logs"
                : unread + " of " + Text.count(mmps, "MMP log", "MMP logs") + " could not be read";
        List<Outlook> outlooks = forecast == null ? List.of() : ForecastDecision.outlooks(forecast, report, now);
        Decision byForecast =
                forecast == null ? null : ForecastDecision.restartFromPartial(forecast, report, outlooks, missing);
        if (byForecast != null) {
            return byForecast;
        }
        if (minActive != null && busiest >= minActive) {
            return new Decision(
                    report,
                    true,
                    "restart needed: busiest web bridge " + busiest + " >= " + minActive + " (" + missing
                            + "; the busiest web bridge read is enough)",
                    true,
                    outlooks);
        }
        return new Decision(
                report, false, "session leak unknown: " + missing + "; nothing was restarted", false, outlooks);
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
        return decide(report, clock.instant());
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
     * Whether the figures of logs read whole call for a restart: by the forecasts when there is a rule (the
     * thresholds deciding where a forecast is unknown), otherwise by the thresholds.
     */
    Decision decide(SessionLeakReport report, Instant now) {
        return forecast == null
                ? byThresholds(report)
                : ForecastDecision.decide(forecast, report, now, this::byThresholds);
    }

    /**
     * Whether the figures reach a threshold. Without any call bridge {@code STATS:} line the leak cannot be computed
     * (every web bridge session would count as leaked), so {@code minLeaked} is then not used.
     */
    private Decision byThresholds(SessionLeakReport report) {
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
