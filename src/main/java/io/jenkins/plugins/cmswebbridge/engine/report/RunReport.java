package io.jenkins.plugins.cmswebbridge.engine.report;

import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsReport;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.restart.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The results of one fleet run, in host-list order. */
public final class RunReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final WebBridgeService service;
    private final boolean dryRun;
    private final boolean aborted;
    private final String hostKeyVerification;
    private final List<HostReport> results;
    private final List<String> warnings;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final SessionLeakReport sessions;
    private final String sessionDecision;
    private final ActiveCallsReport calls;

    public RunReport(
            WebBridgeService service,
            boolean dryRun,
            boolean aborted,
            String hostKeyVerification,
            List<HostReport> results,
            List<String> warnings,
            Instant startedAt,
            Instant finishedAt) {
        this.service = service;
        this.dryRun = dryRun;
        this.aborted = aborted;
        this.hostKeyVerification = hostKeyVerification;
        this.results = List.copyOf(results);
        this.warnings = List.copyOf(warnings);
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.sessions = null;
        this.sessionDecision = null;
        this.calls = null;
    }

    /** A copy of {@code hosts} with what the conditions found. */
    private RunReport(RunReport hosts, SessionLeakReport sessions, String sessionDecision, ActiveCallsReport calls) {
        this.service = hosts.service;
        this.dryRun = hosts.dryRun;
        this.aborted = hosts.aborted;
        this.hostKeyVerification = hosts.hostKeyVerification;
        this.results = hosts.results;
        this.warnings = hosts.warnings;
        this.startedAt = hosts.startedAt;
        this.finishedAt = hosts.finishedAt;
        this.sessions = sessions;
        this.sessionDecision = sessionDecision;
        this.calls = calls;
    }

    /**
     * A report for a fleet where no host was tried because a condition checked first held the restart back.
     *
     * @param outcome {@code NOT_NEEDED}, {@code POSTPONED} or {@code NOT_RUN}
     */
    public static RunReport notStarted(
            RestartSettings settings,
            String hostKeyVerification,
            List<HostAddress> hosts,
            Outcome outcome,
            String reason,
            boolean aborted,
            Instant startedAt,
            Instant finishedAt) {
        List<HostReport> results = new ArrayList<>();
        for (HostAddress host : hosts) {
            results.add(HostReport.notTried(host, outcome, reason, finishedAt));
        }
        return new RunReport(
                settings.getService(),
                settings.isDryRun(),
                aborted,
                hostKeyVerification,
                results,
                List.of(),
                startedAt,
                finishedAt);
    }

    /**
     * This report with what the conditions found, each {@code null} when not used; a report is never changed.
     *
     * @param sessionDecision the session-leak condition's one-line decision
     */
    public RunReport withConditions(
            SessionLeakReport sessionReport, String sessionDecision, ActiveCallsReport callReport) {
        return new RunReport(this, sessionReport, sessionDecision, callReport);
    }

    /** The session-leak figures, or {@code null} when the condition is not used. */
    public SessionLeakReport getSessions() {
        return sessions;
    }

    /** e.g. "restart not needed: 3 leaked &lt; 20", or {@code null}. */
    public String getSessionDecision() {
        return sessionDecision;
    }

    /** What the active-calls condition found, or {@code null} when it is not used or was not reached. */
    public ActiveCallsReport getCalls() {
        return calls;
    }

    public WebBridgeService getService() {
        return service;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** Whether the run was interrupted (build aborted) before every host was done. */
    public boolean isAborted() {
        return aborted;
    }

    public String getHostKeyVerification() {
        return hostKeyVerification;
    }

    public List<HostReport> getResults() {
        return results;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long count(Outcome outcome) {
        return results.stream().filter(r -> r.getOutcome() == outcome).count();
    }

    public long okCount() {
        return results.stream().filter(HostReport::isOk).count();
    }

    /** Whether every host was restarted (or checked, in a dry run) and the run was not aborted. */
    public boolean isAllOk() {
        return !aborted && okCount() == results.size();
    }

    /** One line: "3 of 4 hosts restarted, 1 failed". */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(count(Outcome.RESTARTED) + count(Outcome.CHECKED))
                .append(" of ")
                .append(results.size())
                .append(results.size() == 1 ? " host " : " hosts ")
                .append(dryRun ? "checked (dry run)" : "restarted");
        for (Outcome o : new Outcome[] {
            Outcome.FAILED, Outcome.UNCONFIRMED, Outcome.SKIPPED, Outcome.NOT_RUN, Outcome.NOT_NEEDED, Outcome.POSTPONED
        }) {
            long n = count(o);
            if (n > 0) {
                sb.append(", ")
                        .append(n)
                        .append(' ')
                        .append(o.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
        }
        if (aborted) {
            sb.append(" (aborted)");
        }
        return sb.toString();
    }
}
