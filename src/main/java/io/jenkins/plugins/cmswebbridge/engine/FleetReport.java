package io.jenkins.plugins.cmswebbridge.engine;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The results of one fleet run, in host-list order. */
public final class FleetReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final WebBridgeService service;
    private final boolean dryRun;
    private final boolean aborted;
    private final String hostKeyVerification;
    private final List<HostResult> results;
    private final List<String> warnings;
    private final Instant startedAt;
    private final Instant finishedAt;

    public FleetReport(WebBridgeService service, boolean dryRun, boolean aborted, String hostKeyVerification,
                       List<HostResult> results, List<String> warnings, Instant startedAt, Instant finishedAt) {
        this.service = service;
        this.dryRun = dryRun;
        this.aborted = aborted;
        this.hostKeyVerification = hostKeyVerification;
        this.results = List.copyOf(results);
        this.warnings = List.copyOf(warnings);
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
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

    public List<HostResult> getResults() {
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
        return results.stream().filter(HostResult::isOk).count();
    }

    /** Whether every host was restarted (or checked, in a dry run) and the run was not aborted. */
    public boolean isAllOk() {
        return !aborted && okCount() == results.size();
    }

    /** One line: "3 of 4 hosts restarted, 1 failed". */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(okCount()).append(" of ").append(results.size()).append(results.size() == 1 ? " host " : " hosts ")
                .append(dryRun ? "checked (dry run)" : "restarted");
        for (Outcome o : new Outcome[] {Outcome.FAILED, Outcome.SKIPPED, Outcome.NOT_RUN}) {
            long n = count(o);
            if (n > 0) {
                sb.append(", ").append(n).append(' ').append(o.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
        }
        if (aborted) {
            sb.append(" (aborted)");
        }
        return sb.toString();
    }
}
