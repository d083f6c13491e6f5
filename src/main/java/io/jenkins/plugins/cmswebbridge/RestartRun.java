package io.jenkins.plugins.cmswebbridge;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.engine.FleetJob;
import io.jenkins.plugins.cmswebbridge.engine.FleetListener;
import io.jenkins.plugins.cmswebbridge.engine.FleetProgress;
import io.jenkins.plugins.cmswebbridge.engine.FleetReport;
import io.jenkins.plugins.cmswebbridge.engine.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.HostList;
import io.jenkins.plugins.cmswebbridge.engine.HostListException;
import io.jenkins.plugins.cmswebbridge.engine.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.Text;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import jenkins.model.Jenkins;
import jenkins.util.BuildListenerAdapter;

/**
 * The one execution path of the build step and the pipeline step: validate, look up and snapshot the
 * credentials, run the fleet on the node that runs the build (or on the controller when there is none),
 * archive the restart log and the JSON report, add the build page summary and set the build result.
 */
final class RestartRun {

    /** How long to wait for the node's report after asking it to abort. */
    static final long ABORT_GRACE_SECONDS = 15;

    private final RestartParameters parameters;
    private final HostKeyVerificationStrategy strategy;

    @CheckForNull
    private final SessionLeakCondition sessionLeak;

    @CheckForNull
    private final ActiveCallsCondition activeCalls;

    RestartRun(
            RestartParameters parameters,
            HostKeyVerificationStrategy strategy,
            @CheckForNull SessionLeakCondition sessionLeak,
            @CheckForNull ActiveCallsCondition activeCalls) {
        this.parameters = parameters;
        this.strategy = strategy;
        this.sessionLeak = sessionLeak;
        this.activeCalls = activeCalls;
    }

    /**
     * Every problem with the configuration, the conditions' included, each naming its field.
     *
     * @param workspace where the session-leak condition reads its logs, or {@code null} when the step runs
     *     without one
     */
    List<String> problems(@CheckForNull FilePath workspace) {
        List<String> problems = new ArrayList<>(parameters.problems());
        if (sessionLeak != null) {
            problems.addAll(sessionLeak.problems());
            if (workspace == null) {
                problems.add(Messages.Run_SessionLeakNeedsWorkspace());
            }
        }
        if (activeCalls != null) {
            problems.addAll(activeCalls.problems());
        }
        return problems;
    }

    /**
     * @param workspace the workspace on that node, or {@code null} when there is none (pipeline step
     *     outside {@code node}); only the session-leak condition needs one
     * @param launcher the launcher of the node running the build, or {@code null} to run on the controller
     * @return the report, after the artifacts, the summary and the build result are recorded
     * @throws AbortException for a configuration problem (named field) or missing credentials, before
     *     any connection
     * @throws InterruptedException when the build was aborted (the artifacts are archived first)
     */
    FleetReport run(
            Run<?, ?> run, @CheckForNull FilePath workspace, @CheckForNull Launcher launcher, TaskListener listener)
            throws IOException, InterruptedException {
        List<String> problems = problems(workspace);
        if (!problems.isEmpty()) {
            throw new AbortException(Messages.Run_InvalidConfiguration(String.join("\n", problems)));
        }
        if (launcher != null && launcher.getChannel() == null) {
            // Jenkins gives an offline agent's build a launcher without a channel: do not run here instead
            throw new AbortException(Messages.Run_NodeOffline());
        }
        boolean onController = workspace == null || !workspace.isRemote();
        if (onController && strategy.readsFiles() && !Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            throw new AbortException(Messages.Run_KnownHostsFileNeedsAdminister());
        }
        HostList hosts;
        RestartSettings settings;
        HostKeyVerifier verifier;
        SessionLeakSettings sessionGate;
        try {
            hosts = parameters.hostList();
            settings = parameters.toSettings();
            verifier = strategy.createVerifier();
            sessionGate = sessionLeak == null ? null : sessionLeak.toGate(workspace.getRemote());
        } catch (IllegalArgumentException e) {
            throw new AbortException(Messages.Run_InvalidConfiguration(e.getMessage()));
        }
        if (!hosts.getDuplicates().isEmpty()) {
            listener.getLogger()
                    .println("WARNING: " + Text.joinFirst(hosts.getDuplicates(), HostListException.MAX_LISTED));
        }
        StandardUsernameCredentials credentials = CredentialsProvider.findCredentialById(
                parameters.getCredentialsId(), StandardUsernameCredentials.class, run);
        if (credentials == null) {
            throw new AbortException(Messages.Run_CredentialsNotFound(parameters.getCredentialsId()));
        }
        CredentialsProvider.track(run, credentials);
        ActiveCallsSettings callGate = activeCalls == null ? null : callGate(run, activeCalls, settings);
        SshCredentials login;
        try {
            login = SshCredentialsSnapshot.of(credentials);
        } catch (IllegalArgumentException e) {
            if (callGate != null) {
                callGate.destroy();
            }
            throw new AbortException(e.getMessage());
        }
        FleetJob job = new FleetJob(hosts.getHosts(), settings, login, verifier).withConditions(sessionGate, callGate);
        try {
            return run(job, settings, hosts, verifier, run, launcher, listener);
        } finally {
            job.destroySecrets();
        }
    }

    private FleetReport run(
            FleetJob job,
            RestartSettings settings,
            HostList hosts,
            HostKeyVerifier verifier,
            Run<?, ?> run,
            @CheckForNull Launcher launcher,
            TaskListener listener)
            throws IOException, InterruptedException {
        listener.getLogger()
                .println(Messages.Run_Starting(
                        settings.isDryRun()
                                ? Messages.Run_ModeDryRun()
                                : Messages.Run_ModeRestart(settings.getService().restartCommand()),
                        hosts.getHosts().size(),
                        settings.getParallelism(),
                        verifier.toString()));

        VirtualChannel channel = launcher == null ? null : launcher.getChannel();
        FleetProgress progress = new FleetProgress();
        Instant startedAt = Instant.now();
        FleetReport report;
        InterruptedException interrupted = null;
        String lost = null;
        if (channel == null) {
            try {
                report = job.run(listener.getLogger(), progress);
            } catch (FleetJob.SetupException e) {
                throw new AbortException(e.getMessage());
            }
            if (report.isAborted() || Thread.interrupted()) {
                interrupted = new InterruptedException(Messages.Run_Aborted());
            }
        } else {
            FleetListener remoteProgress = channel.export(FleetListener.class, progress);
            Future<FleetReport> future = channel.callAsync(new RemoteRestart(job, listener, remoteProgress));
            try {
                report = future.get();
                channel.syncLocalIO(); // every console line the node sent is in the log before the summary
            } catch (InterruptedException e) {
                interrupted = e;
                report = abortRemote(future, progress, listener);
                if (report == null) {
                    report = progress.nodeLost(
                            settings,
                            verifier.toString(),
                            hosts.getHosts(),
                            Messages.Run_NoReportAfterAbort(ABORT_GRACE_SECONDS),
                            startedAt);
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof FleetJob.SetupException setup) {
                    throw new AbortException(setup.getMessage());
                }
                // the node or its channel failed under the run: record what the controller knows, then fail
                lost = Messages.Run_NodeLost(Text.clip(String.valueOf(cause), 200));
                listener.getLogger().println(lost);
                report = progress.nodeLost(settings, verifier.toString(), hosts.getHosts(), lost, startedAt);
            }
        }
        record(run, report, listener);
        if (interrupted != null) {
            throw interrupted;
        }
        if (lost != null) {
            throw new AbortException(lost);
        }
        return report;
    }

    /** The active-call gate, with the API user's credentials looked up and tracked in the build's context. */
    private static ActiveCallsSettings callGate(
            Run<?, ?> run, ActiveCallsCondition activeCalls, RestartSettings settings) throws AbortException {
        StandardUsernamePasswordCredentials api = CredentialsProvider.findCredentialById(
                activeCalls.getCredentialsId(), StandardUsernamePasswordCredentials.class, run);
        if (api == null) {
            throw new AbortException(Messages.Run_ApiCredentialsNotFound(activeCalls.getCredentialsId()));
        }
        CredentialsProvider.track(run, api);
        try {
            return activeCalls.toGate(
                    api.getUsername(),
                    api.getPassword().getPlainText().toCharArray(),
                    (int) settings.getConnectTimeout().toSeconds(),
                    (int) settings.getCommandTimeout().toSeconds());
        } catch (IllegalArgumentException e) {
            throw new AbortException(Messages.Run_InvalidConfiguration(e.getMessage()));
        }
    }

    /**
     * Cancels the call that runs the job on the node, which interrupts its thread there (remoting's
     * {@code Request.Cancel}), and waits for the report the node then sends to the tracker.
     *
     * @return the report, or {@code null} when the node did not send one in time
     */
    @CheckForNull
    private static FleetReport abortRemote(Future<FleetReport> future, FleetProgress progress, TaskListener listener) {
        listener.getLogger().println(Messages.Run_Aborting());
        future.cancel(true);
        try {
            FleetReport report = progress.awaitReport(Duration.ofSeconds(ABORT_GRACE_SECONDS));
            if (report == null) {
                listener.getLogger()
                        .println(Messages.Run_AbortNoReport("no answer within " + ABORT_GRACE_SECONDS + " s"));
            }
            return report;
        } catch (InterruptedException e) {
            return null; // a second abort: stop waiting; the first one is rethrown once the record is made
        }
    }

    private void record(Run<?, ?> run, FleetReport report, TaskListener listener)
            throws IOException, InterruptedException {
        String logName = parameters.logArtifactName();
        String jsonName = parameters.jsonArtifactName();
        Path dir = Files.createTempDirectory("cms-webbridge-restart");
        try {
            Map<String, String> artifacts = RestartArtifacts.write(report, dir, logName, jsonName);
            run.pickArtifactManager()
                    .archive(
                            new FilePath(dir.toFile()),
                            new Launcher.LocalLauncher(listener),
                            BuildListenerAdapter.wrap(listener),
                            artifacts);
        } finally {
            deleteTree(dir);
        }
        listener.getLogger().println(Messages.Run_Archived(logName, jsonName));
        run.addAction(new RestartReportAction(report, logName, jsonName));
        Result result = buildResult(verdict(report));
        if (result != null) {
            run.setResult(result);
        }
    }

    /** What the report means for the build, with the configured result on failure. */
    BuildOutcome verdict(FleetReport report) {
        return BuildOutcome.of(report, parameters.resultOnFailure());
    }

    /** The build result a verdict sets: UNSTABLE or FAILURE; {@code null} when it leaves the result alone. */
    @CheckForNull
    static Result buildResult(BuildOutcome verdict) {
        return switch (verdict) {
            case UNSTABLE -> Result.UNSTABLE;
            case FAILURE -> Result.FAILURE;
            case SUCCESS, ABORTED -> null;
        };
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
