package io.jenkins.plugins.cmswebbridge.engine.fleet;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.restart.MmpSession;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import io.jenkins.plugins.cmswebbridge.engine.ssh.HostFailure;
import io.jenkins.plugins.cmswebbridge.engine.ssh.MmpAccess;
import io.jenkins.plugins.cmswebbridge.engine.ssh.RunControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The work on each host of one fleet run: one {@link MmpSession} after another until one succeeds or the
 * {@link RetryPolicy} says to stop, then the host's {@link HostReport}. {@link FleetRunner} only schedules hosts and
 * collects their reports; what happens on one host, and what its report says, is decided here. One instance serves
 * every worker of a run and holds what they share: the stop after a first failure, and the session in progress on
 * each host, from which the report of a host caught by an abort is made.
 */
final class HostAttempts {

    private final RestartSettings settings;
    private final FleetListener listener;
    private final Clock clock;
    private final RunControl control;
    private final RetryPolicy retryPolicy;
    private final AtomicReferenceArray<Attempt> inProgress;
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    /**
     * @param listener told of starts and retries; calls come from the workers' threads, so it must serialise them
     * @param total how many hosts the run has; a host is known by its index in the run's list
     */
    HostAttempts(RestartSettings settings, FleetListener listener, Clock clock, RunControl control, int total) {
        this.settings = settings;
        this.listener = listener;
        this.clock = clock;
        this.control = control;
        this.retryPolicy = new RetryPolicy(settings);
        this.inProgress = new AtomicReferenceArray<>(total);
    }

    /**
     * Where the work on one host stands, for the report of a host the run was aborted under: the session of the
     * latest attempt, its number, when the host was started, and whether it is waiting to retry.
     */
    private record Attempt(MmpSession session, int number, long startNanos, Instant startedAt, boolean waiting) {}

    /** Works on one host, with retries. Returns {@code null} when the run was aborted under it. */
    HostReport run(HostAddress host, int index, MmpAccess access) {
        if (control.isAborted()) {
            return null;
        }
        Instant startedAt = clock.instant();
        if (stopRequested.get()) {
            return HostReport.notTried(
                    host,
                    Outcome.SKIPPED,
                    "skipped: an earlier host failed and 'stop on first failure' is set",
                    startedAt);
        }
        listener.hostStarted(host);
        long start = System.nanoTime();
        int attempt = 0;
        while (true) {
            attempt++;
            MmpSession session = new MmpSession(host, settings, access);
            inProgress.set(index, new Attempt(session, attempt, start, startedAt, false));
            try {
                MmpSession.Success success = session.run();
                Outcome outcome = settings.isDryRun() ? Outcome.CHECKED : Outcome.RESTARTED;
                return report(
                        host,
                        outcome,
                        null,
                        attempt,
                        start,
                        success.reason(),
                        success.output().text(),
                        success.output().droppedBytes(),
                        session,
                        startedAt);
            } catch (InterruptedException e) {
                return null;
            } catch (HostFailure failure) {
                if (control.isAborted()) {
                    return null;
                }
                boolean stateUnknown = RetryPolicy.leavesStateUnknown(failure.kind(), session.restartSent());
                if (retryPolicy.shouldRetry(failure.kind(), attempt, stateUnknown)) {
                    Duration wait = retryPolicy.backoff(attempt);
                    inProgress.set(index, new Attempt(session, attempt, start, startedAt, true));
                    listener.retrying(host, attempt, failure.getMessage(), wait);
                    try {
                        if (control.sleepUnlessAborted(wait)) {
                            return null;
                        }
                    } catch (InterruptedException e) {
                        return null;
                    }
                    continue;
                }
                if (settings.isStopOnFirstFailure()) {
                    stopRequested.set(true);
                }
                String reason = failure.getMessage();
                if (stateUnknown) {
                    reason += ". The restart command had reached the MMP, so the state of its web bridge is unknown"
                            + (settings.isResendRestart() ? "" : "; the command was not sent again");
                }
                Outcome outcome = failure.kind() == FailureKind.NOT_CONFIRMED ? Outcome.UNCONFIRMED : Outcome.FAILED;
                return report(
                        host,
                        outcome,
                        failure.kind(),
                        attempt,
                        start,
                        reason,
                        failure.output(),
                        failure.outputDroppedBytes(),
                        session,
                        startedAt);
            } catch (RuntimeException e) {
                if (settings.isStopOnFirstFailure()) {
                    stopRequested.set(true);
                }
                return report(
                        host,
                        Outcome.FAILED,
                        FailureKind.INTERNAL_ERROR,
                        attempt,
                        start,
                        "Internal error: " + e,
                        "",
                        0,
                        session,
                        startedAt);
            }
        }
    }

    /**
     * The report of a host that {@link #run} left without one because the run was aborted: {@link Outcome#NOT_RUN}
     * when no attempt on it had begun, otherwise {@link FailureKind#ABORTED}, naming what the attempt was doing.
     */
    HostReport unfinished(HostAddress host, int index, Instant at) {
        Attempt attempt = inProgress.get(index);
        return attempt == null
                ? HostReport.notTried(host, Outcome.NOT_RUN, FleetRunner.NOT_RUN_ABORTED, at)
                : abortedResult(host, attempt, at);
    }

    /** A host's report; an unconfirmed restart is fine only when the settings accept it. */
    private HostReport report(
            HostAddress host,
            Outcome outcome,
            FailureKind kind,
            int attempts,
            long startNanos,
            String reason,
            String output,
            long outputDroppedBytes,
            MmpSession session,
            Instant startedAt) {
        boolean ok = outcome.isOk() || outcome == Outcome.UNCONFIRMED && settings.isAcceptUnconfirmed();
        return new HostReport(
                host,
                outcome,
                kind,
                ok,
                attempts,
                elapsedMillis(startNanos),
                reason,
                output,
                outputDroppedBytes,
                session.fingerprint(),
                session.restartSent(),
                startedAt,
                clock.instant());
    }

    private static HostReport abortedResult(HostAddress host, Attempt attempt, Instant at) {
        MmpSession session = attempt.session();
        String doing = attempt.waiting()
                ? "waiting to retry after attempt " + attempt.number() + " failed"
                : session.phase() + (attempt.number() > 1 ? " (attempt " + attempt.number() + ")" : "");
        return new HostReport(
                host,
                Outcome.FAILED,
                FailureKind.ABORTED,
                false,
                attempt.number(),
                elapsedMillis(attempt.startNanos()),
                "Aborted while " + doing + "; the connection was closed and the state of the web bridge on this MMP"
                        + " is unknown",
                "",
                0,
                session.fingerprint(),
                session.restartSent(),
                attempt.startedAt(),
                at);
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
