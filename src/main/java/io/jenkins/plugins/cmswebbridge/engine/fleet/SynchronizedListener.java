package io.jenkins.plugins.cmswebbridge.engine.fleet;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import java.time.Duration;

/**
 * Passes a fleet run's progress on to a {@link FleetListener} one call at a time. The runner's workers report from
 * their own threads, while {@link FleetListener} promises its implementations that calls come one at a time (so
 * that a console listener can print without locking of its own); this wrapper keeps that promise for every class
 * of the run that reports.
 */
final class SynchronizedListener implements FleetListener {

    private final FleetListener delegate;

    SynchronizedListener(FleetListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public synchronized void warning(String message) {
        delegate.warning(message);
    }

    @Override
    public synchronized void hostStarted(HostAddress host) {
        delegate.hostStarted(host);
    }

    @Override
    public synchronized void retrying(HostAddress host, int failedAttempt, String reason, Duration wait) {
        delegate.retrying(host, failedAttempt, reason, wait);
    }

    @Override
    public synchronized void hostFinished(HostReport report, int done, int total) {
        delegate.hostFinished(report, done, total);
    }

    @Override
    public synchronized void runFinished(RunReport report) {
        delegate.runFinished(report);
    }
}
