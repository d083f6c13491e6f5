package io.jenkins.plugins.cmswebbridge.engine;

import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsReport;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.security.auth.DestroyFailedException;
import javax.security.auth.Destroyable;

/**
 * One fleet restart as it travels to the node that runs the build: hosts, settings, authenticator and
 * host key verifier, all plain serializable data, run in the thread that calls {@link #run}. An abort is an
 * interrupt of that thread (on an agent, remoting's cancel of the call does it): the runner stops starting hosts,
 * closes its connections and still returns the report of what was done.
 */
public final class FleetJob implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<HostAddress> hosts;
    private final RestartSettings settings;
    private final MmpAuthenticator authenticator;
    private final HostKeyVerifier verifier;
    private SessionLeakSettings sessionGate;
    private ActiveCallsSettings callGate;

    public FleetJob(
            List<HostAddress> hosts,
            RestartSettings settings,
            MmpAuthenticator authenticator,
            HostKeyVerifier verifier) {
        this.hosts = List.copyOf(hosts);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /**
     * Sets the conditions checked before the first MMP is contacted, each {@code null} when not used.
     *
     * @return this job
     */
    public FleetJob withConditions(SessionLeakSettings sessions, ActiveCallsSettings calls) {
        this.sessionGate = sessions;
        this.callGate = calls;
        return this;
    }

    public List<HostAddress> getHosts() {
        return hosts;
    }

    /**
     * Checks the conditions, then runs the fleet in the calling thread, printing a line per host as it finishes
     * and the summary. A condition that holds the restart back gives a report where no host was tried.
     *
     * @throws SetupException when the host key verifier cannot be prepared on this node (e.g. a missing
     *     known_hosts file), or a condition cannot be checked (no log file, TLS set-up); no MMP has been
     *     contacted then
     */
    public FleetReport run(PrintStream console) throws SetupException {
        return run(console, FleetListener.NONE);
    }

    /**
     * The same, also telling {@code progress} which hosts start and finish. On a node other than the controller,
     * {@code progress} is the controller's tracker reached over the agent channel; if calling it fails (the channel
     * is going away), the run goes on without it.
     */
    public FleetReport run(PrintStream console, FleetListener progress) throws SetupException {
        try {
            try {
                verifier.prepare();
            } catch (IOException e) {
                throw new SetupException(e);
            }
            Instant startedAt = Instant.now();
            SessionLeakReport sessions = null;
            String sessionDecision = null;
            if (sessionGate != null) {
                SessionLeakSettings.Decision decision;
                try {
                    decision = sessionGate.evaluate(Clock.systemUTC());
                } catch (IOException e) {
                    throw new SetupException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return finish(
                            console,
                            notStarted(Outcome.NOT_RUN, FleetRunner.NOT_RUN_ABORTED, true, startedAt),
                            null,
                            null,
                            null);
                }
                sessions = decision.report();
                sessionDecision = decision.reason();
                sessions.lines().forEach(console::println);
                console.println(sessionDecision);
                if (!decision.restart()) {
                    return finish(
                            console,
                            notStarted(Outcome.NOT_NEEDED, sessionDecision, false, startedAt),
                            sessions,
                            sessionDecision,
                            null);
                }
            }
            ActiveCallsReport calls = null;
            if (callGate != null) {
                try {
                    calls = callGate.check(console::println);
                } catch (IOException e) {
                    throw new SetupException(e);
                }
                calls.lines().forEach(console::println);
                if (!calls.isRestartAllowed()) {
                    boolean aborted = calls.getDecision() == ActiveCallsReport.Decision.ABORTED || Thread.interrupted();
                    Outcome outcome = calls.getDecision() == ActiveCallsReport.Decision.SKIPPED
                            ? Outcome.POSTPONED
                            : Outcome.NOT_RUN;
                    String reason =
                            aborted ? FleetRunner.NOT_RUN_ABORTED : "not restarted: active calls " + calls.summary();
                    if (aborted) {
                        Thread.currentThread().interrupt();
                    }
                    return finish(
                            console, notStarted(outcome, reason, aborted, startedAt), sessions, sessionDecision, calls);
                }
            }
            FleetReport report = new FleetRunner(
                            settings, authenticator, verifier, new ProgressListener(console, progress))
                    .run(hosts);
            return finish(console, report, sessions, sessionDecision, calls);
        } finally {
            destroySecrets();
        }
    }

    /**
     * A problem found on the node before any MMP was contacted: the build stops with its message, and there is no
     * report. Distinct from the failures of the agent channel itself.
     */
    public static final class SetupException extends IOException {
        private static final long serialVersionUID = 1L;

        SetupException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The console lines, and the progress calls to the controller, which may fail without stopping the run. */
    private static final class ProgressListener implements FleetListener {
        private final ConsoleFleetListener console;
        private final FleetListener progress;

        ProgressListener(PrintStream console, FleetListener progress) {
            this.console = new ConsoleFleetListener(console);
            this.progress = progress;
        }

        @Override
        public void warning(String message) {
            console.warning(message);
        }

        @Override
        public void retrying(HostAddress host, int failedAttempt, String reason, java.time.Duration wait) {
            console.retrying(host, failedAttempt, reason, wait);
        }

        @Override
        public void hostStarted(HostAddress host) {
            try {
                progress.hostStarted(host);
            } catch (RuntimeException e) {
                // the controller is out of reach; the run goes on
            }
        }

        @Override
        public void hostFinished(HostResult result, int done, int total) {
            console.hostFinished(result, done, total);
            try {
                progress.hostFinished(result, done, total);
            } catch (RuntimeException e) {
                // the controller is out of reach; the run goes on
            }
        }
    }

    /**
     * Wipes the secrets this job carries (the MMP password or keys, the API password). {@link #run} does it when
     * it ends, on the node; the controller does it for its own copy once the node has answered.
     */
    public void destroySecrets() {
        for (Object holder : new Object[] {authenticator, callGate}) {
            if (holder instanceof Destroyable secrets) {
                try {
                    secrets.destroy();
                } catch (DestroyFailedException e) {
                    // the default method only; ours never throw
                }
            }
        }
    }

    private FleetReport notStarted(Outcome outcome, String reason, boolean aborted, Instant startedAt) {
        return FleetReport.notStarted(
                settings, verifier.toString(), hosts, outcome, reason, aborted, startedAt, Instant.now());
    }

    private static FleetReport finish(
            PrintStream console,
            FleetReport report,
            SessionLeakReport sessions,
            String sessionDecision,
            ActiveCallsReport calls) {
        FleetReport complete = report.withConditions(sessions, sessionDecision, calls);
        console.println(ConsoleFormatter.summary(complete));
        return complete;
    }
}
