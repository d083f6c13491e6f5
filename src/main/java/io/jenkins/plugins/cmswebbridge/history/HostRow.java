package io.jenkins.plugins.cmswebbridge.history;

import io.jenkins.plugins.cmswebbridge.engine.report.ConsoleFormatter;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import java.io.Serializable;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One row of the build page's table: a host, its outcome, how long it took and why. Kept in build.xml, and
 * exported to the REST API as part of {@link RestartReportAction}.
 */
@ExportedBean
public final class HostRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String host;
    private final String outcome;
    private final boolean ok;
    private final int attempts;
    private final long durationMillis;
    private final String reason;

    public HostRow(String host, String outcome, boolean ok, int attempts, long durationMillis, String reason) {
        this.host = host;
        this.outcome = outcome;
        this.ok = ok;
        this.attempts = attempts;
        this.durationMillis = durationMillis;
        this.reason = reason == null ? "" : reason;
    }

    /** The row of a host's report: what the pipeline step returns for it ({@code ReportModel}'s summary). */
    public static HostRow of(HostReport host) {
        return new HostRow(
                host.address().display(),
                host.outcome().name(),
                host.ok(),
                host.attempts(),
                host.durationMillis(),
                host.reason());
    }

    @Exported(visibility = 3)
    public String getHost() {
        return host;
    }

    @Exported(visibility = 3)
    public String getOutcome() {
        return outcome;
    }

    @Exported(visibility = 3)
    public boolean isOk() {
        return ok;
    }

    @Exported(visibility = 3)
    public int getAttempts() {
        return attempts;
    }

    @Exported(visibility = 3)
    public long getDurationMillis() {
        return durationMillis;
    }

    /** e.g. {@code 1.4 s}, or empty for a host never tried. */
    public String getDuration() {
        return attempts == 0 ? "" : ConsoleFormatter.seconds(durationMillis);
    }

    @Exported(visibility = 3)
    public String getReason() {
        return reason;
    }
}
