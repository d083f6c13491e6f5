package io.jenkins.plugins.cmswebbridge;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.engine.RestartLogWriter;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The pipeline step {@code restartCmsWebBridges}: the build step's parameters, the same execution path,
 * and a list of per-host maps as its value (see {@link StepResults}). Inside {@code node} it runs on that
 * node; outside, on the controller.
 */
public class RestartCmsWebBridgesStep extends Step implements RestartStepConfig {

    // the arguments, all optional (a deployment can give the hosts and the credentials), set by structs (and Stapler)
    // through the fields themselves
    @DataBoundSetter
    private String deployment;

    @DataBoundSetter
    private String only;

    @DataBoundSetter
    private String hosts;

    @DataBoundSetter
    private String credentialsId;

    @DataBoundSetter
    private HostKeyVerificationStrategy hostKeyVerification;

    @DataBoundSetter
    private SessionLeakCondition sessionLeak;

    @DataBoundSetter
    private ActiveCallsCondition activeCalls;

    @DataBoundSetter
    private String service;

    @DataBoundSetter
    private Integer defaultPort;

    @DataBoundSetter
    private Integer connectTimeout;

    @DataBoundSetter
    private Integer commandTimeout;

    @DataBoundSetter
    private Integer retries;

    @DataBoundSetter
    private Integer parallelism;

    @DataBoundSetter
    private boolean stopOnFirstFailure;

    @DataBoundSetter
    private boolean verifyAfterRestart = true;

    @DataBoundSetter
    private boolean acceptUnconfirmed;

    @DataBoundSetter
    private boolean resendRestart;

    @DataBoundSetter
    private boolean dryRun;

    @DataBoundSetter
    private Integer lockWaitMinutes;

    @DataBoundSetter
    private String resultOnFailure;

    @DataBoundSetter
    private String logFileName;

    @DataBoundConstructor
    public RestartCmsWebBridgesStep() {}

    /** A step for these hosts with these credentials, and no deployment. */
    public RestartCmsWebBridgesStep(String hosts, String credentialsId) {
        this.hosts = hosts;
        this.credentialsId = credentialsId;
    }

    @Override
    public String getDeployment() {
        return Fields.orDefault(deployment, "");
    }

    @Override
    public String getOnly() {
        return Fields.orDefault(only, "");
    }

    @Override
    public String getHosts() {
        return Fields.orDefault(hosts, "");
    }

    @Override
    public String getCredentialsId() {
        return Fields.orDefault(credentialsId, "").trim();
    }

    @Override
    @CheckForNull
    public HostKeyVerificationStrategy getHostKeyVerification() {
        return hostKeyVerification;
    }

    @Override
    public SessionLeakCondition getSessionLeak() {
        return sessionLeak;
    }

    @Override
    public ActiveCallsCondition getActiveCalls() {
        return activeCalls;
    }

    @Override
    public String getService() {
        return Fields.orDefault(service, "");
    }

    @Override
    public Integer getDefaultPort() {
        return defaultPort;
    }

    @Override
    public Integer getConnectTimeout() {
        return connectTimeout;
    }

    @Override
    public Integer getCommandTimeout() {
        return commandTimeout;
    }

    @Override
    public Integer getRetries() {
        return retries;
    }

    @Override
    public Integer getParallelism() {
        return parallelism;
    }

    @Override
    public boolean isStopOnFirstFailure() {
        return stopOnFirstFailure;
    }

    @Override
    public boolean isVerifyAfterRestart() {
        return verifyAfterRestart;
    }

    @Override
    public boolean isAcceptUnconfirmed() {
        return acceptUnconfirmed;
    }

    @Override
    public boolean isResendRestart() {
        return resendRestart;
    }

    @Override
    public boolean isDryRun() {
        return dryRun;
    }

    @Override
    @CheckForNull
    public Integer getLockWaitMinutes() {
        return Fields.unset(lockWaitMinutes) ? null : lockWaitMinutes;
    }

    @Override
    public String getResultOnFailure() {
        return Fields.orDefault(resultOnFailure, ResultOnFailure.FAILURE.name());
    }

    @Override
    public String getLogFileName() {
        return Fields.orDefault(logFileName, RestartLogWriter.DEFAULT_FILE_NAME);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new RestartStepExecution(context, new RestartRun(this, UnaryOperator.identity()));
    }

    @Extension
    public static class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "restartCmsWebBridges";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.Builder_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }
    }
}
