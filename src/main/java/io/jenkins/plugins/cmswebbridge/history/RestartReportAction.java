package io.jenkins.plugins.cmswebbridge.history;

import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.model.Run;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsReport;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The build page summary of one restart step: a table of hosts with outcome, duration and reason, the
 * counts, warnings and links to the archived restart log and JSON report. One per step in a build.
 * Kept in build.xml; holds nothing secret (host names, outcomes and the MMPs' answers).
 *
 * <p>Exported to the REST API: the build's {@code api/json} lists it among its {@code actions}, with the
 * per-host rows. The build's actions are written at depth 2 of the default tree, their rows at depth 3, hence the
 * visibilities.
 */
@ExportedBean
public class RestartReportAction implements RunAction2 {

    private final String summary;
    private final boolean dryRun;
    private final boolean aborted;
    private final String service;
    private final String hostKeyVerification;
    private final List<HostRow> rows;
    private final List<String> warnings;
    private final String logFileName;
    private final String jsonFileName;
    private final int okCount;
    private final List<String> sessionLines;
    private final List<String> callLines;
    private final BuildFigures figures;

    private transient Run<?, ?> run;

    /** The package both classes had when the build records written by earlier versions were written. */
    static final String OLD_PACKAGE = "io.jenkins.plugins.cmswebbridge.";

    /**
     * Build records written before this action and its rows moved into this package name them by their old class
     * names: XStream reads those names as these classes (it writes the new ones). Jenkins runs this once at start-up,
     * before any plugin starts, so before any build record is read.
     */
    @Initializer(before = InitMilestone.PLUGINS_STARTED)
    public static void readOldBuildRecords() {
        Run.XSTREAM2.addCompatibilityAlias(OLD_PACKAGE + "RestartReportAction", RestartReportAction.class);
        Run.XSTREAM2.addCompatibilityAlias(OLD_PACKAGE + "HostRow", HostRow.class);
    }

    public RestartReportAction(RunReport report, String logFileName, String jsonFileName) {
        this.summary = report.summary();
        this.dryRun = report.dryRun();
        this.aborted = report.aborted();
        this.service = report.service().command();
        this.hostKeyVerification = report.hostKeyVerification();
        // ArrayList, never List.of() or toList(): build.xml is written by XStream, which cannot rebuild JDK-internal
        // lists
        this.rows = new ArrayList<>(report.hosts().stream().map(HostRow::of).toList());
        this.warnings = new ArrayList<>(report.warnings());
        this.logFileName = logFileName;
        this.jsonFileName = jsonFileName;
        this.okCount = (int) report.okCount();
        // ArrayList, never List.of(): build.xml is written by XStream, which cannot rebuild JDK-internal lists
        SessionLeakReport sessions = report.sessions();
        ActiveCallsReport calls = report.calls();
        this.sessionLines = sessions == null
                ? new ArrayList<>()
                : concat(
                        sessions.lines(), SessionLeakReport.forecastLines(report.outlooks()), report.sessionDecision());
        this.callLines = calls == null ? new ArrayList<>() : new ArrayList<>(calls.lines());
        this.figures = BuildFigures.of(report);
    }

    /**
     * The figures the job's trend chart draws. A build recorded before they were kept has its hosts counted from its
     * rows, and no session figures.
     */
    public BuildFigures getFigures() {
        if (figures != null) {
            return figures;
        }
        int restarted = (int)
                rows.stream().filter(r -> "RESTARTED".equals(r.getOutcome())).count();
        int failed = (int) rows.stream().filter(r -> !r.isOk()).count();
        return new BuildFigures(restarted, failed, null, null);
    }

    private static List<String> concat(List<String> lines, List<String> more, String last) {
        List<String> all = new ArrayList<>(lines);
        all.addAll(more);
        all.add(last);
        return all;
    }

    /** What the session-leak condition read and decided, line by line; empty when it is not used. */
    @Exported(visibility = 2)
    public List<String> getSessionLines() {
        return sessionLines == null ? List.of() : sessionLines;
    }

    /** What the active-calls condition found, line by line; empty when it is not used or was not reached. */
    @Exported(visibility = 2)
    public List<String> getCallLines() {
        return callLines == null ? List.of() : callLines;
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.ReportAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return null;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    @Exported(visibility = 2)
    public String getSummary() {
        return summary;
    }

    @Exported(visibility = 2)
    public boolean isDryRun() {
        return dryRun;
    }

    @Exported(visibility = 2)
    public boolean isAborted() {
        return aborted;
    }

    @Exported(visibility = 2)
    public String getService() {
        return service;
    }

    @Exported(visibility = 2)
    public String getHostKeyVerification() {
        return hostKeyVerification;
    }

    @Exported(visibility = 2)
    public List<HostRow> getRows() {
        return Collections.unmodifiableList(rows);
    }

    @Exported(visibility = 2)
    public List<String> getWarnings() {
        return Collections.unmodifiableList(warnings);
    }

    @Exported(visibility = 2)
    public String getLogFileName() {
        return logFileName;
    }

    @Exported(visibility = 2)
    public String getJsonFileName() {
        return jsonFileName;
    }

    @Exported(visibility = 2)
    public int getOkCount() {
        return okCount;
    }

    @Exported(visibility = 2)
    public boolean isAllOk() {
        return !aborted && okCount == rows.size();
    }
}
