package io.jenkins.plugins.cmswebbridge.resolve;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.deployments.CmsDeployment;
import io.jenkins.plugins.cmswebbridge.deployments.DeploymentLookup;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsSettings;
import io.jenkins.plugins.cmswebbridge.engine.fleet.RestartPlan;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostList;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.restart.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.fields.ArtifactNames;
import io.jenkins.plugins.cmswebbridge.fields.EngineProblems;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.fields.ResultOnFailure;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The one resolve step: turns what the administrator configured ({@link RestartStepConfig}, the host key strategy and
 * the conditions) into either a list of problems, each with its field's key and a localized message, or one
 * immutable {@link RestartPlan} with what else the run needs on the controller. It runs on the controller before
 * anything connects; the form checks call the same per-field resolvers in {@link Fields}.
 */
public final class RestartResolver {

    private RestartResolver() {}

    /** A problem with one field: its key as in the pipeline step (e.g. {@code sessionLeak.minLeaked}) and why. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    /**
     * A resolved configuration: the plan the engine runs, and what stays on the controller (the host key strategy in
     * force, credentials ids, the build result on failure, the artifact names, the duplicate host warnings).
     */
    public record Resolved(
            RestartPlan plan,
            HostKeyVerificationStrategy strategy,
            String credentialsId,
            @CheckForNull String apiCredentialsId,
            ResultOnFailure resultOnFailure,
            Duration lockWait,
            ArtifactNames artifacts,
            List<ValueProblem> duplicates) {}

    /** Either the problems (at least one) or the resolved configuration. */
    public record Resolution(
            List<Problem> problems, @CheckForNull Resolved resolved) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Resolves a step that names no deployment (a step that names one gets a problem).
     *
     * @param expand applied to the host list first (a freestyle build expands its variables there)
     * @param workspace the workspace's path on the node that runs the build, or {@code null} when there is none;
     *     only the session-leak condition needs it
     */
    public static Resolution resolve(
            RestartStepConfig config, UnaryOperator<String> expand, @CheckForNull String workspace) {
        return resolve(config, expand, workspace, DeploymentLookup.none());
    }

    /**
     * Resolves everything at once, collecting every problem, over the deployment the step names (if any).
     *
     * @param expand applied to the deployment's name, the host list and {@code only} first (a freestyle build
     *     expands its variables there)
     * @param deployments where the deployment a step names is found
     */
    public static Resolution resolve(
            RestartStepConfig step,
            UnaryOperator<String> expand,
            @CheckForNull String workspace,
            DeploymentLookup deployments) {
        return resolve(step, expand, workspace, deployments, () -> null);
    }

    /**
     * The same, for a job with a schedule.
     *
     * @param untilNextRun the time until the job's next scheduled run, the session-leak forecast's horizon when the
     *     condition names none; asked only then, it gives {@code null} when the job has no schedule
     */
    public static Resolution resolve(
            RestartStepConfig step,
            UnaryOperator<String> expand,
            @CheckForNull String workspace,
            DeploymentLookup deployments,
            Supplier<Duration> untilNextRun) {
        RestartStepConfig config = step;
        String name = expand.apply(step.getDeployment()).trim();
        if (!name.isEmpty()) {
            Fields.Checked<CmsDeployment> deployment = deployment(name, deployments);
            if (deployment.value() == null) {
                return new Resolution(List.of(new Problem("deployment", deployment.problem())), null);
            }
            config = new DeploymentOverlay(step, deployment.value());
        }
        Collector c = new Collector();
        Target target = target(
                config.getCredentialsId(),
                config.getDefaultPort(),
                expand.apply(config.getHosts()),
                expand.apply(config.getOnly()),
                config.getHostKeyVerification(),
                c);
        RestartSettings settings = settings(config, c);
        ResultOnFailure onFailure = c.take("resultOnFailure", Fields.resultOnFailure(config.getResultOnFailure()));
        Duration lockWait = c.take("lockWaitMinutes", Fields.lockWaitMinutes(config.getLockWaitMinutes()));
        ArtifactNames artifacts = c.take("logFileName", Fields.logFileName(config.getLogFileName()));
        SessionLeakSettings leak = ConditionsResolver.sessionLeak(
                config.getSessionLeak(),
                workspace,
                settings == null ? RestartSettings.DEFAULT_CONNECT_TIMEOUT : settings.getConnectTimeout(),
                untilNextRun,
                c);
        ActiveCallsCondition calls = config.getActiveCalls();
        ActiveCallsSettings active = ConditionsResolver.activeCalls(calls, c);
        if (c.hasProblems() || target == null) {
            return new Resolution(c.problems(), null);
        }
        RestartPlan plan = new RestartPlan(target.hosts(), settings, target.verifier(), leak, active);
        return new Resolution(
                List.of(),
                new Resolved(
                        plan,
                        target.strategy(),
                        target.credentialsId(),
                        calls == null ? null : calls.getCredentialsId().trim(),
                        onFailure,
                        lockWait,
                        artifacts,
                        target.duplicates()));
    }

    /**
     * The MMPs a run reaches and how it gets in: the credentials id, the hosts ({@code only} applied), the host key
     * strategy in force and its verifier, and the duplicate host warnings.
     */
    public record Target(
            String credentialsId,
            List<HostAddress> hosts,
            HostKeyVerificationStrategy strategy,
            HostKeyVerifier verifier,
            List<ValueProblem> duplicates) {}

    /**
     * Resolves the fields that say which MMPs to reach and how ({@code credentialsId}, {@code defaultPort},
     * {@code hosts}, {@code only}, {@code hostKeyVerification}), as the restart and the report steps both need them.
     *
     * @param own the strategy configured, or {@code null} for the default
     * @return the target, or {@code null} when {@code c} got a problem
     */
    @CheckForNull
    static Target target(
            @CheckForNull String credentialsId,
            @CheckForNull Integer defaultPort,
            @CheckForNull String hosts,
            @CheckForNull String only,
            @CheckForNull HostKeyVerificationStrategy own,
            Collector c) {
        String id = c.take("credentialsId", Fields.required(credentialsId));
        Integer port = c.take("defaultPort", Fields.port(defaultPort));
        HostList list = port == null ? null : c.take("hosts", Fields.hosts(hosts, port));
        List<HostAddress> run = list == null ? null : c.take("only", Fields.only(only, list, port));
        HostKeyVerificationStrategy strategy = own == null ? HostKeyVerificationStrategy.defaultStrategy() : own;
        HostKeyVerifier verifier = c.take("hostKeyVerification", Fields.engine(strategy::createVerifier));
        if (id == null || run == null || verifier == null) {
            return null;
        }
        return new Target(id, run, strategy, verifier, list.getDuplicates());
    }

    /** The deployment of this name, or the problem naming the deployments that exist. */
    static Fields.Checked<CmsDeployment> deployment(String name, DeploymentLookup deployments) {
        CmsDeployment found = deployments.named(name);
        return found != null ? Fields.Checked.ok(found) : Fields.Checked.bad(unknown(name, deployments));
    }

    private static RestartSettings settings(RestartStepConfig config, Collector c) {
        WebBridgeService service = c.take("service", Fields.service(config.getService()));
        Duration connect = c.take(
                "connectTimeout", Fields.seconds(config.getConnectTimeout(), RestartSettings.DEFAULT_CONNECT_TIMEOUT));
        Duration command = c.take(
                "commandTimeout", Fields.seconds(config.getCommandTimeout(), RestartSettings.DEFAULT_COMMAND_TIMEOUT));
        Integer retries = c.take("retries", Fields.retries(config.getRetries()));
        Integer parallelism = c.take("parallelism", Fields.parallelism(config.getParallelism()));
        if (service == null || connect == null || command == null || retries == null || parallelism == null) {
            return null;
        }
        return RestartSettings.builder()
                .service(service)
                .connectTimeout(connect)
                .commandTimeout(command)
                .retries(retries)
                .parallelism(parallelism)
                .stopOnFirstFailure(config.isStopOnFirstFailure())
                .verifyAfterRestart(config.isVerifyAfterRestart())
                .dryRun(config.isDryRun())
                .resendRestart(config.isResendRestart())
                .acceptUnconfirmed(config.isAcceptUnconfirmed())
                .build();
    }

    private static String unknown(String name, DeploymentLookup deployments) {
        List<String> names = new ArrayList<>();
        for (CmsDeployment d : deployments.deployments()) {
            names.add(d.getName());
        }
        return Messages.Problem_DeploymentUnknown(
                Text.clip(name, 80), names.isEmpty() ? Messages.Problem_NoDeployments() : EngineProblems.list(names));
    }

    /** Collects the problems of the fields it takes. */
    static final class Collector {
        private final List<Problem> problems = new ArrayList<>();

        /** The problems taken so far, in order. */
        List<Problem> problems() {
            return List.copyOf(problems);
        }

        void add(Problem problem) {
            problems.add(problem);
        }

        boolean hasProblems() {
            return !problems.isEmpty();
        }

        @CheckForNull
        <T> T take(String field, Fields.Checked<T> checked) {
            if (checked.problem() != null) {
                problems.add(new Problem(field, checked.problem()));
            }
            return checked.value();
        }
    }
}
