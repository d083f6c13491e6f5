package io.jenkins.plugins.cmswebbridge.engine.fleet;

import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsReport;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsSettings;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ApiCredentials;
import io.jenkins.plugins.cmswebbridge.engine.credentials.MmpAuthenticator;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemIOException;
import io.jenkins.plugins.cmswebbridge.engine.report.ConsoleFormatter;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Outlook;
import io.jenkins.plugins.cmswebbridge.engine.sftp.SftpSyslogReport;
import io.jenkins.plugins.cmswebbridge.engine.sftp.SftpSyslogSource;
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
public final class NodeRun implements Serializable {

    private static final long serialVersionUID = 1L;

    private final RestartPlan plan;
    private final MmpAuthenticator authenticator;
    private final ApiCredentials apiCredentials;

    /**
     * @param authenticator the MMP user's name and secret
     * @param apiCredentials the call bridge API user, required when the plan asks the call bridges
     */
    public NodeRun(RestartPlan plan, MmpAuthenticator authenticator, ApiCredentials apiCredentials) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        if (plan.activeCalls() != null && apiCredentials == null) {
            throw new IllegalArgumentException("the active-calls condition needs the API user");
        }
        this.apiCredentials = apiCredentials;
    }

    /** A job without conditions. */
    public NodeRun(
            List<HostAddress> hosts,
            RestartSettings settings,
            MmpAuthenticator authenticator,
            HostKeyVerifier verifier) {
        this(new RestartPlan(hosts, settings, verifier), authenticator, null);
    }

    public RestartPlan getPlan() {
        return plan;
    }

    /**
     * Checks the conditions, then runs the fleet in the calling thread, printing a line per host as it finishes
     * and the summary. A condition that holds the restart back gives a report where no host was tried.
     *
     * @throws SetupException when the host key verifier cannot be prepared on this node (e.g. a missing
     *     known_hosts file), or a condition cannot be checked (no log file, TLS set-up); no MMP has been
     *     contacted then
     */
    public RunReport run(PrintStream console) throws SetupException {
        return run(console, FleetListener.NONE);
    }

    /**
     * The same, also telling {@code progress} which hosts start and finish. On a node other than the controller,
     * {@code progress} is the controller's tracker reached over the agent channel; if calling it fails (the channel
     * is going away), the run goes on without it.
     */
    public RunReport run(PrintStream console, FleetListener progress) throws SetupException {
        try {
            try {
                plan.verifier().prepare();
            } catch (IOException e) {
                throw new SetupException(SetupException.Source.HOST_KEYS, e);
            }
            Conditions conditions = new Conditions(Instant.now());
            RunReport report = conditions.holdBack(console);
            if (report == null) {
                report = new FleetRunner(
                                plan.settings(),
                                authenticator,
                                plan.verifier(),
                                new ProgressListener(console, progress))
                        .run(plan.hosts(), conditions.found());
            }
            console.println(ConsoleFormatter.summary(report));
            return report;
        } finally {
            destroySecrets();
        }
    }

    /** What the conditions found, in the order they are checked: the session leak first, then the active calls. */
    private final class Conditions {
        private final Instant startedAt;
        private SessionLeakReport sessions;
        private String sessionDecision;
        private List<Outlook> outlooks = List.of();
        private ActiveCallsReport calls;

        Conditions(Instant startedAt) {
            this.startedAt = startedAt;
        }

        /** The report of a run the conditions hold back, where no host was tried; {@code null} to go ahead. */
        RunReport holdBack(PrintStream console) throws SetupException {
            SessionLeakSettings leak = plan.sessionLeak();
            if (leak != null) {
                SessionLeakSettings.Decision decision;
                try {
                    decision = leak.readsMmps() ? fromMmps(leak) : leak.evaluate(Clock.systemUTC());
                } catch (IOException e) {
                    throw new SetupException(SetupException.Source.SESSION_LEAK, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return notStarted(Outcome.NOT_RUN, FleetRunner.NOT_RUN_ABORTED, true);
                }
                sessions = decision.report();
                sessionDecision = decision.reason();
                outlooks = decision.outlooks();
                sessions.lines().forEach(console::println);
                SessionLeakReport.forecastLines(outlooks).forEach(console::println);
                console.println(sessionDecision);
                if (!decision.known()) {
                    return notStarted(Outcome.NOT_RUN, sessionDecision, false);
                }
                if (!decision.restart()) {
                    return notStarted(Outcome.NOT_NEEDED, sessionDecision, false);
                }
            }
            ActiveCallsSettings active = plan.activeCalls();
            if (active == null) {
                return null;
            }
            try {
                calls = active.check(apiCredentials, console::println);
            } catch (IOException e) {
                throw new SetupException(SetupException.Source.ACTIVE_CALLS, e);
            }
            calls.lines().forEach(console::println);
            if (calls.restartAllowed()) {
                return null;
            }
            boolean aborted = calls.decision() == ActiveCallsReport.Decision.ABORTED || Thread.interrupted();
            if (aborted) {
                Thread.currentThread().interrupt();
            }
            Outcome outcome =
                    calls.decision() == ActiveCallsReport.Decision.SKIPPED ? Outcome.POSTPONED : Outcome.NOT_RUN;
            return notStarted(
                    outcome,
                    aborted ? FleetRunner.NOT_RUN_ABORTED : "not restarted: active calls " + calls.summary(),
                    aborted);
        }

        /** Fetches each MMP's log over SFTP, with the run's credentials and host key checks, and decides. */
        private SessionLeakSettings.Decision fromMmps(SessionLeakSettings leak) throws InterruptedException {
            MmpLogSettings logs = Objects.requireNonNull(leak.mmpLogs(), "the MMPs' log settings");
            SftpSyslogReport fetched =
                    new SftpSyslogSource(logs, Clock.systemUTC()).fetch(plan.hosts(), authenticator, plan.verifier());
            return leak.decideFromMmps(
                    fetched.getReport(),
                    fetched.getProblems().size(),
                    plan.hosts().size(),
                    Instant.now());
        }

        private RunReport notStarted(Outcome outcome, String reason, boolean aborted) {
            return RunReport.notStarted(
                    plan.settings(),
                    plan.verifier().toString(),
                    plan.hosts(),
                    outcome,
                    reason,
                    aborted,
                    startedAt,
                    Instant.now(),
                    found());
        }

        /** What the conditions found so far, for the report. */
        RunReport.Conditions found() {
            return new RunReport.Conditions(sessions, sessionDecision, calls, outlooks);
        }
    }

    /**
     * A problem found on the node before any MMP was contacted: the build stops with its message, and there is no
     * report. Distinct from the failures of the agent channel itself. Its source tells the glue which part of the
     * configuration to name, and its problem what is wrong (a library's message as it is when the failure has no
     * problem of its own); the message is the problem's English text.
     */
    public static final class SetupException extends ProblemIOException {
        private static final long serialVersionUID = 1L;

        /** What could not be set up. */
        public enum Source {
            /** The host key verifier, e.g. a known_hosts file missing on the node. */
            HOST_KEYS,
            /** The session-leak condition's log files. */
            SESSION_LEAK,
            /** The active-calls condition's API client. */
            ACTIVE_CALLS
        }

        private final Source source;

        SetupException(Source source, IOException cause) {
            super(problemOf(cause), cause);
            this.source = source;
        }

        public Source getSource() {
            return source;
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
        public void hostFinished(HostReport report, int done, int total) {
            console.hostFinished(report, done, total);
            try {
                progress.hostFinished(report, done, total);
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
        for (Destroyable secrets :
                new Destroyable[] {authenticator instanceof Destroyable d ? d : null, apiCredentials}) {
            if (secrets != null) {
                try {
                    secrets.destroy();
                } catch (DestroyFailedException e) {
                    // the default method only; ours never throw
                }
            }
        }
    }
}
