package io.jenkins.plugins.cmswebbridge.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Restarts the web bridge on a fleet of MMPs: one host at a time (a rolling restart) or a bounded number at
 * once, with retries for connection failures and timeouts, an optional stop after the first failure, and a
 * prompt, clean stop when the calling thread is interrupted (a Jenkins build abort).
 */
public final class FleetRunner {

    /** The reason given to hosts never started because the build was aborted first. */
    public static final String NOT_RUN_ABORTED = "not run: the build was aborted first";

    /** How long an interrupted run waits for its workers to let go of their connections. */
    static final Duration ABORT_GRACE = Duration.ofMillis(1500);
    /** Longest wait between two attempts, whatever the backoff doubling gives. */
    static final Duration MAX_BACKOFF = Duration.ofMinutes(2);

    private final RestartSettings settings;
    private final MmpAuthenticator authenticator;
    private final HostKeyVerifier verifier;
    private final FleetListener listener;
    private Clock clock = Clock.systemUTC();

    public FleetRunner(
            RestartSettings settings,
            MmpAuthenticator authenticator,
            HostKeyVerifier verifier,
            FleetListener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.listener = listener == null ? FleetListener.NONE : listener;
    }

    /** Uses another clock for the timestamps of results (durations always use the monotonic clock). */
    public FleetRunner withClock(Clock value) {
        clock = Objects.requireNonNull(value);
        return this;
    }

    /**
     * Runs the fleet. Returns when every host is done, or soon after the calling thread is interrupted: then
     * every open connection is closed, hosts not yet started are {@link Outcome#NOT_RUN}, the report says
     * aborted, and the thread's interrupt flag is set again for the caller to see.
     */
    public FleetReport run(List<HostAddress> hosts) {
        if (hosts == null || hosts.isEmpty()) {
            throw new IllegalArgumentException("hosts: the list is empty");
        }
        Instant startedAt = clock.instant();
        List<String> warnings = new ArrayList<>();
        if (!verifier.isVerifying()) {
            warn(
                    warnings,
                    "Host key verification is switched off: the MMPs' identities are not checked, so a"
                            + " man in the middle could capture the MMP credentials. Configure known hosts or manual keys.");
        }
        int total = hosts.size();
        AtomicReferenceArray<HostResult> results = new AtomicReferenceArray<>(total);
        AtomicReferenceArray<MmpSession> inProgress = new AtomicReferenceArray<>(total);
        AtomicBoolean stopRequested = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        RunControl control = new RunControl();
        boolean aborted = false;

        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.getParallelism(), total), workers());
        try (Watchdog watchdog = new Watchdog()) {
            CompletionService<Integer> completion = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < total; i++) {
                int index = i;
                completion.submit(() -> {
                    HostResult result = runHost(hosts.get(index), index, inProgress, stopRequested, control, watchdog);
                    if (result != null) {
                        results.set(index, result);
                        report(result, done.incrementAndGet(), total);
                    }
                    return index;
                });
            }
            try {
                for (int i = 0; i < total; i++) {
                    completion.take().get();
                }
            } catch (InterruptedException e) {
                aborted = true;
                control.abort();
                pool.shutdownNow();
                awaitQuietly(pool);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a restart worker failed unexpectedly", e.getCause());
            }
        } finally {
            pool.shutdownNow();
        }

        Instant finishedAt = clock.instant();
        List<HostResult> ordered = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            HostResult r = results.get(i);
            if (r == null) {
                MmpSession session = inProgress.get(i);
                r = session == null
                        ? HostResult.notTried(hosts.get(i), Outcome.NOT_RUN, NOT_RUN_ABORTED, finishedAt)
                        : abortedResult(hosts.get(i), session, finishedAt);
            }
            ordered.add(r);
        }
        if (aborted) {
            Thread.currentThread().interrupt();
        }
        return new FleetReport(
                settings.getService(),
                settings.isDryRun(),
                aborted,
                verifier.toString(),
                ordered,
                warnings,
                startedAt,
                finishedAt);
    }

    /** Works on one host, with retries. Returns {@code null} when the run was aborted under it. */
    private HostResult runHost(
            HostAddress host,
            int index,
            AtomicReferenceArray<MmpSession> inProgress,
            AtomicBoolean stopRequested,
            RunControl control,
            Watchdog watchdog) {
        if (control.isAborted()) {
            return null;
        }
        Instant startedAt = clock.instant();
        if (stopRequested.get()) {
            return HostResult.notTried(
                    host,
                    Outcome.SKIPPED,
                    "skipped: an earlier host failed and 'stop on first failure' is set",
                    startedAt);
        }
        started(host);
        long start = System.nanoTime();
        int attempt = 0;
        while (true) {
            attempt++;
            MmpSession session = new MmpSession(host, settings, authenticator, verifier, control, watchdog);
            inProgress.set(index, session);
            try {
                MmpSession.Success success = session.run();
                Outcome outcome = settings.isDryRun() ? Outcome.CHECKED : Outcome.RESTARTED;
                return result(
                        host, outcome, null, attempt, start, success.reason(), success.output(), session, startedAt);
            } catch (InterruptedException e) {
                return null;
            } catch (HostFailure failure) {
                if (control.isAborted()) {
                    return null;
                }
                boolean stateUnknown = session.restartSent()
                        && (failure.kind() == FailureKind.COMMAND_TIMEOUT
                                || failure.kind() == FailureKind.DISCONNECTED);
                if (failure.kind().isRetryable()
                        && attempt <= settings.getRetries()
                        && (!stateUnknown || settings.isResendRestart())) {
                    Duration wait = backoff(attempt);
                    retrying(host, attempt, failure.getMessage(), wait);
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
                return result(
                        host, outcome, failure.kind(), attempt, start, reason, failure.output(), session, startedAt);
            } catch (RuntimeException e) {
                if (settings.isStopOnFirstFailure()) {
                    stopRequested.set(true);
                }
                return result(
                        host,
                        Outcome.FAILED,
                        FailureKind.INTERNAL_ERROR,
                        attempt,
                        start,
                        "Internal error: " + e,
                        null,
                        session,
                        startedAt);
            }
        }
    }

    /** A host's result; an unconfirmed restart is fine only when the settings accept it. */
    private HostResult result(
            HostAddress host,
            Outcome outcome,
            FailureKind kind,
            int attempts,
            long startNanos,
            String reason,
            CommandOutput output,
            MmpSession session,
            Instant startedAt) {
        boolean ok = outcome.isOk() || outcome == Outcome.UNCONFIRMED && settings.isAcceptUnconfirmed();
        return new HostResult(
                host,
                outcome,
                kind,
                ok,
                attempts,
                elapsedMillis(startNanos),
                reason,
                output == null ? "" : output.text(),
                output == null ? 0 : output.droppedBytes(),
                session.fingerprint(),
                session.restartSent(),
                startedAt,
                clock.instant());
    }

    private HostResult abortedResult(HostAddress host, MmpSession session, Instant at) {
        return new HostResult(
                host,
                Outcome.FAILED,
                FailureKind.ABORTED,
                false,
                1,
                0,
                "Aborted while " + session.phase() + "; the connection was closed and the state of the web bridge"
                        + " on this MMP is unknown",
                "",
                0,
                session.fingerprint(),
                session.restartSent(),
                at,
                at);
    }

    Duration backoff(int failedAttempt) {
        long factor = 1L << Math.min(failedAttempt - 1, 16);
        Duration wait = settings.getRetryBackoff().multipliedBy(factor);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private synchronized void started(HostAddress host) {
        listener.hostStarted(host);
    }

    private synchronized void retrying(HostAddress host, int attempt, String reason, Duration wait) {
        listener.retrying(host, attempt, reason, wait);
    }

    private synchronized void report(HostResult result, int done, int total) {
        listener.hostFinished(result, done, total);
    }

    private synchronized void warn(List<String> warnings, String message) {
        warnings.add(message);
        listener.warning(message);
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(ABORT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "cms-webbridge-restart-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
