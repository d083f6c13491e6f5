package io.jenkins.plugins.cmswebbridge.history;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import java.io.Serializable;
import java.util.Objects;

/**
 * The figures of one restart run that the job's trend chart draws: hosts restarted and hosts not fine, and, when the
 * session-leak condition read them, the leaked sessions and the busiest web bridge's active sessions. Kept in
 * build.xml inside the build's {@code RestartReportAction}, so plain fields only; {@code null} where a figure is not
 * known (condition not used, no call bridge line, or a build recorded before these figures were kept).
 */
public final class BuildFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int restarted;
    private final int failed;

    @CheckForNull
    private final Long leaked;

    @CheckForNull
    private final Integer busiestActive;

    public BuildFigures(int restarted, int failed, @CheckForNull Long leaked, @CheckForNull Integer busiestActive) {
        this.restarted = restarted;
        this.failed = failed;
        this.leaked = leaked;
        this.busiestActive = busiestActive;
    }

    /** The figures of a run's report. */
    public static BuildFigures of(RunReport report) {
        int restarted = (int) report.count(Outcome.RESTARTED);
        int failed = (int) report.hosts().stream().filter(r -> !r.ok()).count();
        SessionLeakReport sessions = report.sessions();
        Long leaked = sessions != null && sessions.hasCallBridgeSamples() ? sessions.leaked() : null;
        Integer busiest = sessions != null && sessions.hasWebBridgeSamples() ? sessions.maxWebBridgeActive() : null;
        return new BuildFigures(restarted, failed, leaked, busiest);
    }

    /** Hosts whose outcome is {@link HostReport#getOutcome() RESTARTED}. */
    public int getRestarted() {
        return restarted;
    }

    /** Hosts that are not fine: failed, unconfirmed (unless accepted), skipped or not run. */
    public int getFailed() {
        return failed;
    }

    /** Leaked sessions over the deployment, or {@code null} when not known. */
    @CheckForNull
    public Long getLeaked() {
        return leaked;
    }

    /** Active sessions of the busiest web bridge, or {@code null} when not known. */
    @CheckForNull
    public Integer getBusiestActive() {
        return busiestActive;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BuildFigures f
                && restarted == f.restarted
                && failed == f.failed
                && Objects.equals(leaked, f.leaked)
                && Objects.equals(busiestActive, f.busiestActive);
    }

    @Override
    public int hashCode() {
        return Objects.hash(restarted, failed, leaked, busiestActive);
    }

    @Override
    public String toString() {
        return "restarted " + restarted + ", failed " + failed + ", leaked " + leaked + ", busiest " + busiestActive;
    }
}
