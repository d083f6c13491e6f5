package io.jenkins.plugins.cmswebbridge.engine.fleet;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What the controller knows of a fleet run on another node, from the node's progress calls: which hosts were
 * started and which finished, with their reports. When the node is lost in the middle of the run, this is all there
 * is: {@link #nodeLost} turns it into a report where finished hosts keep their reports, hosts in progress are in an
 * unknown state, and hosts not started were not run.
 */
public final class FleetProgress implements FleetListener {

    private final Map<HostAddress, HostReport> finished = new LinkedHashMap<>();
    private final Map<HostAddress, Instant> started = new LinkedHashMap<>();
    private final CountDownLatch reported = new CountDownLatch(1);
    private volatile RunReport report;

    @Override
    public synchronized void hostStarted(HostAddress host) {
        started.put(host, Instant.now());
    }

    @Override
    public synchronized void hostFinished(HostReport report, int done, int total) {
        finished.put(report.address(), report);
    }

    @Override
    public void runFinished(RunReport finalReport) {
        report = finalReport;
        reported.countDown();
    }

    /**
     * Waits for the node's final report, after the call that runs the job was cancelled.
     *
     * @return the report, or {@code null} when none came within {@code timeout}
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public RunReport awaitReport(Duration timeout) throws InterruptedException {
        return reported.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? report : null;
    }

    /**
     * The report of a run whose node was lost.
     *
     * @param why what happened, e.g. "the agent 'cms-mgmt' went offline"
     */
    public synchronized RunReport nodeLost(
            RestartSettings settings,
            String hostKeyVerification,
            List<HostAddress> hosts,
            String why,
            Instant startedAt) {
        Instant now = Instant.now();
        List<HostReport> reports = new ArrayList<>();
        for (HostAddress host : hosts) {
            HostReport done = finished.get(host);
            Instant begun = started.get(host);
            if (done != null) {
                reports.add(done);
            } else if (begun != null) {
                reports.add(new HostReport(
                        host,
                        Outcome.FAILED,
                        FailureKind.NODE_LOST,
                        false,
                        1,
                        0,
                        "Lost during the run: " + why + ". The state of the web bridge on this MMP is unknown.",
                        "",
                        0,
                        null,
                        false,
                        begun,
                        now));
            } else {
                reports.add(HostReport.notTried(host, Outcome.NOT_RUN, "not run: " + why + " first", now));
            }
        }
        return new RunReport(
                settings.getService(),
                settings.isDryRun(),
                false,
                hostKeyVerification,
                reports,
                List.of(why),
                startedAt,
                now,
                RunReport.Conditions.NONE);
    }
}
