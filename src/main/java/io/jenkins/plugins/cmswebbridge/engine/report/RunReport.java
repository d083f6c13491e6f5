package io.jenkins.plugins.cmswebbridge.engine.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsReport;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.restart.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Outlook;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of one run, built once when the run ends: a report per host in host-list order, and what the
 * conditions found. Immutable; sent from the node to the controller.
 *
 * @param service the web bridge service restarted
 * @param dryRun whether the run only checked the hosts
 * @param aborted whether the run was interrupted (build aborted) before every host was done
 * @param hostKeyVerification how host keys were checked, in words
 * @param hosts a report per host, in host-list order
 * @param warnings what the run warned about, e.g. host keys not checked
 * @param startedAt when the run started
 * @param finishedAt when it ended
 * @param conditions what the conditions found ({@link Conditions#NONE} without any)
 */
public record RunReport(
        WebBridgeService service,
        boolean dryRun,
        boolean aborted,
        String hostKeyVerification,
        List<HostReport> hosts,
        List<String> warnings,
        Instant startedAt,
        Instant finishedAt,
        Conditions conditions)
        implements Serializable {

    /**
     * What the run's conditions found, each {@code null} when the condition is not used (or, for the active calls,
     * not reached).
     *
     * @param sessions the session-leak figures
     * @param sessionDecision the session-leak condition's one-line decision, e.g. "restart not needed: 3 leaked &lt;
     *     20"
     * @param calls what the active-calls condition found
     * @param outlooks what each web bridge's forecast called for, when the session-leak condition has a forecast rule;
     *     empty otherwise
     */
    public record Conditions(
            @CheckForNull SessionLeakReport sessions,
            @CheckForNull String sessionDecision,
            @CheckForNull ActiveCallsReport calls,
            List<Outlook> outlooks)
            implements Serializable {

        /** No condition used. */
        public static final Conditions NONE = new Conditions(null, null, null);

        public Conditions {
            outlooks = outlooks == null ? List.of() : List.copyOf(outlooks);
        }

        /** Conditions without a forecast rule. */
        public Conditions(
                @CheckForNull SessionLeakReport sessions,
                @CheckForNull String sessionDecision,
                @CheckForNull ActiveCallsReport calls) {
            this(sessions, sessionDecision, calls, List.of());
        }
    }

    public RunReport {
        hosts = List.copyOf(hosts);
        warnings = List.copyOf(warnings);
        conditions = conditions == null ? Conditions.NONE : conditions;
    }

    /**
     * The report of a run where no host was tried because a condition checked first held the restart back, or the
     * run could not start.
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
            Instant finishedAt,
            Conditions conditions) {
        List<HostReport> reports = new ArrayList<>();
        for (HostAddress host : hosts) {
            reports.add(HostReport.notTried(host, outcome, reason, finishedAt));
        }
        return new RunReport(
                settings.getService(),
                settings.isDryRun(),
                aborted,
                hostKeyVerification,
                reports,
                List.of(),
                startedAt,
                finishedAt,
                conditions);
    }

    /** The session-leak figures, or {@code null} when the condition is not used. */
    @CheckForNull
    public SessionLeakReport sessions() {
        return conditions.sessions();
    }

    /** The session-leak condition's decision, or {@code null}. */
    @CheckForNull
    public String sessionDecision() {
        return conditions.sessionDecision();
    }

    /** What each web bridge's forecast called for; empty without a forecast rule. */
    public List<Outlook> outlooks() {
        return conditions.outlooks();
    }

    /** What the active-calls condition found, or {@code null} when it is not used or was not reached. */
    @CheckForNull
    public ActiveCallsReport calls() {
        return conditions.calls();
    }

    public long count(Outcome outcome) {
        return hosts.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long okCount() {
        return hosts.stream().filter(HostReport::ok).count();
    }

    /** Whether every host was restarted (or checked, in a dry run) and the run was not aborted. */
    public boolean allOk() {
        return !aborted && okCount() == hosts.size();
    }

    /** One line: "3 of 4 hosts restarted, 1 failed". */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(count(Outcome.RESTARTED) + count(Outcome.CHECKED))
                .append(" of ")
                .append(hosts.size())
                .append(hosts.size() == 1 ? " host " : " hosts ")
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
