package io.jenkins.plugins.cmswebbridge.engine.fleet;

import io.jenkins.plugins.cmswebbridge.engine.credentials.MmpAuthenticator;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.ssh.MmpAccess;
import io.jenkins.plugins.cmswebbridge.engine.ssh.RunControl;
import io.jenkins.plugins.cmswebbridge.engine.ssh.Watchdog;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Restarts the web bridge on a fleet of MMPs: one host at a time (a rolling restart) or a bounded number at
 * once, with retries for connection failures and timeouts, an optional stop after the first failure, and a
 * prompt, clean stop when the calling thread is interrupted (a Jenkins build abort). This class runs the pool of
 * workers, stops it on an abort and puts the report together; the work on each host, with its retries, is
 * {@link HostAttempts}, and the rules for retrying are {@link RetryPolicy}.
 */
public final class FleetRunner {

    /** The reason given to hosts never started because the build was aborted first. */
    public static final String NOT_RUN_ABORTED = "not run: the build was aborted first";

    /** How long an interrupted run waits for its workers to let go of their connections. */
    static final Duration ABORT_GRACE = Duration.ofMillis(1500);

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
        this.listener = new SynchronizedListener(listener == null ? FleetListener.NONE : listener);
    }

    /** Uses another clock for the timestamps of the reports (durations always use the monotonic clock). */
    public FleetRunner withClock(Clock value) {
        clock = Objects.requireNonNull(value);
        return this;
    }

    /**
     * Runs the fleet. Returns when every host is done, or soon after the calling thread is interrupted: then
     * every open connection is closed, hosts not yet started are {@link Outcome#NOT_RUN}, the report says
     * aborted, and the thread's interrupt flag is set again for the caller to see.
     */
    public RunReport run(List<HostAddress> hosts) {
        return run(hosts, RunReport.Conditions.NONE);
    }

    /**
     * The same, for a run whose conditions were checked first: the report is built once, with what they found.
     *
     * @param conditions what the run's conditions found
     */
    public RunReport run(List<HostAddress> hosts, RunReport.Conditions conditions) {
        if (hosts == null || hosts.isEmpty()) {
            throw new IllegalArgumentException("hosts: the list is empty");
        }
        Instant startedAt = clock.instant();
        List<String> warnings = new ArrayList<>();
        if (!verifier.isVerifying()) {
            String message = "Host key verification is switched off: the MMPs' identities are not checked, so a"
                    + " man in the middle could capture the MMP credentials. Configure known hosts or manual keys.";
            warnings.add(message);
            listener.warning(message);
        }
        int total = hosts.size();
        AtomicReferenceArray<HostReport> reports = new AtomicReferenceArray<>(total);
        AtomicInteger done = new AtomicInteger();
        RunControl control = new RunControl();
        HostAttempts attempts = new HostAttempts(settings, listener, clock, control, total);
        boolean aborted = false;

        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.getParallelism(), total), workers());
        try (Watchdog watchdog = new Watchdog()) {
            MmpAccess access = new MmpAccess(authenticator, verifier, control, watchdog);
            CompletionService<Integer> completion = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < total; i++) {
                int index = i;
                completion.submit(() -> {
                    HostReport report = attempts.run(hosts.get(index), index, access);
                    if (report != null) {
                        reports.set(index, report);
                        listener.hostFinished(report, done.incrementAndGet(), total);
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
        List<HostReport> ordered = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            HostReport r = reports.get(i);
            if (r == null) {
                r = attempts.unfinished(hosts.get(i), i, finishedAt);
            }
            ordered.add(r);
        }
        if (aborted) {
            Thread.currentThread().interrupt();
        }
        return new RunReport(
                settings.getService(),
                settings.isDryRun(),
                aborted,
                verifier.toString(),
                ordered,
                warnings,
                startedAt,
                finishedAt,
                conditions);
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
