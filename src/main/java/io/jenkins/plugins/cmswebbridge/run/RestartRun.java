package io.jenkins.plugins.cmswebbridge.run;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.cmswebbridge.deployments.CmsDeployments;
import io.jenkins.plugins.cmswebbridge.deployments.DeploymentLookup;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ApiCredentials;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.fleet.FleetListener;
import io.jenkins.plugins.cmswebbridge.engine.fleet.FleetProgress;
import io.jenkins.plugins.cmswebbridge.engine.fleet.NodeRun;
import io.jenkins.plugins.cmswebbridge.engine.fleet.RestartPlan;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostLocks;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.fields.EngineProblems;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Problem;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Resolution;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Resolved;
import io.jenkins.plugins.cmswebbridge.resolve.RestartStepConfig;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jvnet.localizer.LocaleProvider;
import org.jvnet.localizer.Localizable;

/**
 * The controller's part of one run of the build step or of the pipeline step: resolve the configuration, look up and
 * snapshot the credentials in the build's context, send the node's part ({@code NodeRun}) to the node that runs the
 * build (or run it on the controller when there is none), then record the run in the build ({@link BuildRecord}).
 */
public final class RestartRun {

    /** What goes into the report (the restart log, the JSON, the build page's rows) is English, whatever the JVM's. */
    private static final Locale REPORT_LOCALE = Locale.ENGLISH;

    /** How long to wait for the node's report after an abort. */
    static final long ABORT_GRACE_SECONDS = 15;

    private final RestartStepConfig config;
    private final UnaryOperator<String> expand;

    /** @param expand applied to the deployment name, the host list and {@code only} first: a freestyle build expands its variables there */
    public RestartRun(RestartStepConfig config, UnaryOperator<String> expand) {
        this.config = config;
        this.expand = expand;
    }

    /** What a finished run gives its step: the report, and the build result it calls for. */
    public record Finished(RunReport report, BuildResult result) {}

    /**
     * @param workspace the workspace on that node, or {@code null} when there is none (pipeline step outside
     *     {@code node}); only the session-leak condition needs one
     * @param launcher the launcher of the node running the build, or {@code null} to run on the controller
     * @throws AbortException for a configuration problem (each naming its field) or missing credentials, before any
     *     connection; or when the node was lost, after the record is made
     * @throws InterruptedException when the build was aborted, after the record is made
     */
    public Finished run(
            Run<?, ?> run, @CheckForNull FilePath workspace, @CheckForNull Launcher launcher, TaskListener listener)
            throws IOException, InterruptedException {
        Resolution resolution = RestartResolver.resolve(
                config,
                expand,
                workspace == null ? null : workspace.getRemote(),
                config.getDeployment().isBlank() ? DeploymentLookup.none() : CmsDeployments.get(),
                () -> NextScheduledRun.until(run.getParent(), Instant.now()));
        if (!resolution.ok()) {
            throw invalid(resolution.problems());
        }
        Resolved resolved = resolution.resolved();
        if (launcher != null && launcher.getChannel() == null) {
            // Jenkins gives an offline agent's build a launcher without a channel: do not run here instead
            throw new AbortException(Messages.Run_NodeOffline());
        }
        boolean onController = workspace == null || !workspace.isRemote();
        Problem knownHostsFile = BuildAccess.knownHostsFileProblem(onController, resolved.strategy());
        if (knownHostsFile != null) {
            throw invalid(List.of(knownHostsFile));
        }
        if (!resolved.duplicates().isEmpty()) {
            listener.getLogger()
                    .println("WARNING: " + EngineProblems.text(ValueProblem.several(resolved.duplicates())));
        }
        HostLocks.Acquisition hosts = RunLocks.acquire(run, resolved.plan().hosts(), resolved.lockWait(), listener);
        if (hosts instanceof HostLocks.TimedOut timedOut) {
            return notRun(run, resolved, timedOut, listener);
        }
        try (HostLocks.Lease lease = (HostLocks.Lease) hosts) {
            NodeRun nodeRun = nodeRun(run, resolved);
            try {
                RunReport report = execute(nodeRun, resolved, run, launcher, listener);
                return new Finished(report, BuildResult.of(report, resolved.resultOnFailure()));
            } finally {
                nodeRun.destroySecrets();
            }
        }
    }

    /** The hosts stayed held by other builds for the whole wait: nothing was sent; the record says who held them. */
    private static Finished notRun(Run<?, ?> run, Resolved resolved, HostLocks.TimedOut timedOut, TaskListener listener)
            throws IOException, InterruptedException {
        RestartPlan plan = resolved.plan();
        Localizable held =
                Messages._Run_HostsHeld(timedOut.waited().toMinutes(), RunLocks.describe(timedOut.holders()));
        listener.getLogger().println(held);
        String reason = held.toString(REPORT_LOCALE);
        Instant now = Instant.now();
        RunReport report = RunReport.notStarted(
                plan.settings(),
                plan.verifier().toString(),
                plan.hosts(),
                Outcome.NOT_RUN,
                reason,
                false,
                now.minus(timedOut.waited()),
                now,
                RunReport.Conditions.NONE);
        BuildResult result = BuildResult.of(report, resolved.resultOnFailure());
        new BuildRecord(run, listener).record(report, resolved.artifacts(), result);
        return new Finished(report, result);
    }

    private static AbortException invalid(List<Problem> problems) {
        return new AbortException(Messages.Run_InvalidConfiguration(
                problems.stream().map(Problem::toString).collect(Collectors.joining("\n"))));
    }

    /** The node's part of the run, with the secrets of the credentials looked up and tracked in the build's context. */
    private static NodeRun nodeRun(Run<?, ?> run, Resolved resolved) throws AbortException {
        SshCredentials login = BuildAccess.mmpLogin(run, resolved.credentialsId());
        ApiCredentials api = null;
        String apiId = resolved.apiCredentialsId();
        if (apiId != null) {
            StandardUsernamePasswordCredentials found =
                    CredentialsProvider.findCredentialById(apiId, StandardUsernamePasswordCredentials.class, run);
            if (found == null) {
                login.destroy();
                throw new AbortException(Messages.Run_ApiCredentialsNotFound(apiId));
            }
            CredentialsProvider.track(run, found);
            api = new ApiCredentials(
                    found.getUsername(), found.getPassword().getPlainText().toCharArray());
        }
        return new NodeRun(resolved.plan(), login, api);
    }

    private static RunReport execute(
            NodeRun nodeRun, Resolved resolved, Run<?, ?> run, @CheckForNull Launcher launcher, TaskListener listener)
            throws IOException, InterruptedException {
        RestartPlan plan = nodeRun.getPlan();
        RestartSettings settings = plan.settings();
        listener.getLogger()
                .println(Messages.Run_Starting(
                        settings.isDryRun()
                                ? Messages.Run_ModeDryRun()
                                : Messages.Run_ModeRestart(settings.getService().restartCommand()),
                        plan.hosts().size(),
                        settings.getParallelism(),
                        plan.verifier().toString()));
        VirtualChannel channel = launcher == null ? null : launcher.getChannel();
        FleetProgress progress = new FleetProgress();
        Instant startedAt = Instant.now();
        RunReport report;
        InterruptedException interrupted = null;
        String lost = null;
        try {
            if (channel == null) {
                report = nodeRun.run(listener.getLogger(), progress);
                if (report.aborted() || Thread.interrupted()) {
                    interrupted = new InterruptedException(Messages.Run_Aborted());
                }
            } else {
                FleetListener remoteProgress = channel.export(FleetListener.class, progress);
                Future<RunReport> future = channel.callAsync(new RemoteRestart(nodeRun, listener, remoteProgress));
                try {
                    report = future.get();
                    channel.syncLocalIO(); // every console line the node sent is in the log before the summary
                } catch (InterruptedException e) {
                    interrupted = e;
                    report = abortRemote(future, progress, listener);
                    if (report == null) {
                        report = progress.nodeLost(
                                settings,
                                plan.verifier().toString(),
                                plan.hosts(),
                                Messages._Run_NoReportAfterAbort(ABORT_GRACE_SECONDS)
                                        .toString(REPORT_LOCALE),
                                startedAt);
                    }
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof NodeRun.SetupException setup) {
                        throw setup;
                    }
                    // the node or its channel failed under the run: record what the controller knows, then fail
                    Localizable nodeLost = Messages._Run_NodeLost(Text.clip(String.valueOf(e.getCause()), 200));
                    lost = nodeLost.toString();
                    listener.getLogger().println(lost);
                    report = progress.nodeLost(
                            settings,
                            plan.verifier().toString(),
                            plan.hosts(),
                            nodeLost.toString(REPORT_LOCALE),
                            startedAt);
                }
            }
        } catch (NodeRun.SetupException e) {
            throw new AbortException(setupFailed(e));
        }
        new BuildRecord(run, listener)
                .record(report, resolved.artifacts(), BuildResult.of(report, resolved.resultOnFailure()));
        if (interrupted != null) {
            throw interrupted;
        }
        if (lost != null) {
            throw new AbortException(lost);
        }
        return report;
    }

    /**
     * The build failure of a setup failure on the node: the field it is about and what is wrong, in the JVM's
     * language, e.g. {@code hostKeyVerification: known hosts file ... does not exist on this node; ...; nothing was
     * restarted}.
     */
    public static String setupFailed(NodeRun.SetupException e) {
        return setupFailed(e, LocaleProvider.getLocale());
    }

    public static String setupFailed(NodeRun.SetupException e, Locale locale) {
        return Messages._Problem_SetupFailed(
                        EngineProblems.text(e.getProblem().inField(setupField(e.getSource())), locale))
                .toString(locale);
    }

    /** The part of the configuration a setup failure on the node is about, as its field's key. */
    public static String setupField(NodeRun.SetupException.Source source) {
        return switch (source) {
            case HOST_KEYS -> "hostKeyVerification";
            case SESSION_LEAK -> "sessionLeak.logs";
            case ACTIVE_CALLS -> "activeCalls";
        };
    }

    /**
     * Cancels the call that runs the node's part on the node, which interrupts its thread there (remoting's
     * {@code Request.Cancel}), and waits for the report the node then sends to the tracker.
     *
     * @return the report, or {@code null} when the node did not send one in time
     */
    @CheckForNull
    private static RunReport abortRemote(Future<RunReport> future, FleetProgress progress, TaskListener listener) {
        listener.getLogger().println(Messages.Run_Aborting());
        future.cancel(true);
        try {
            RunReport report = progress.awaitReport(Duration.ofSeconds(ABORT_GRACE_SECONDS));
            if (report == null) {
                listener.getLogger()
                        .println(Messages.Run_AbortNoReport("no answer within " + ABORT_GRACE_SECONDS + " s"));
            }
            return report;
        } catch (InterruptedException e) {
            return null; // a second abort: stop waiting; the first one is rethrown once the record is made
        }
    }
}
