package io.jenkins.plugins.cmswebbridge;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.engine.report.RestartLogWriter;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.fields.ResultOnFailure;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;
import io.jenkins.plugins.cmswebbridge.resolve.RestartStepConfig;
import io.jenkins.plugins.cmswebbridge.run.RestartRun;
import io.jenkins.plugins.cmswebbridge.run.RestartStepExecution;
import io.jenkins.plugins.cmswebbridge.run.StepResults;
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

    // the arguments, all optional: a deployment can give the hosts and the credentials
    private String deployment;
    private String only;
    private String hosts;
    private String credentialsId;
    private HostKeyVerificationStrategy hostKeyVerification;
    private SessionLeakCondition sessionLeak;
    private ActiveCallsCondition activeCalls;
    private String service;
    private Integer defaultPort;
    private Integer connectTimeout;
    private Integer commandTimeout;
    private Integer retries;
    private Integer parallelism;
    private boolean stopOnFirstFailure;
    private boolean verifyAfterRestart = true;
    private boolean acceptUnconfirmed;
    private boolean resendRestart;
    private boolean dryRun;
    private Integer lockWaitMinutes;
    private String resultOnFailure;
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

    @DataBoundSetter
    public void setDeployment(String deployment) {
        this.deployment = deployment;
    }

    @Override
    public String getOnly() {
        return Fields.orDefault(only, "");
    }

    @DataBoundSetter
    public void setOnly(String only) {
        this.only = only;
    }

    @Override
    public String getHosts() {
        return Fields.orDefault(hosts, "");
    }

    @DataBoundSetter
    public void setHosts(String hosts) {
        this.hosts = hosts;
    }

    @Override
    public String getCredentialsId() {
        return Fields.orDefault(credentialsId, "").trim();
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    @Override
    @CheckForNull
    public HostKeyVerificationStrategy getHostKeyVerification() {
        return hostKeyVerification;
    }

    @DataBoundSetter
    public void setHostKeyVerification(HostKeyVerificationStrategy hostKeyVerification) {
        this.hostKeyVerification = hostKeyVerification;
    }

    @Override
    public SessionLeakCondition getSessionLeak() {
        return sessionLeak;
    }

    @DataBoundSetter
    public void setSessionLeak(SessionLeakCondition sessionLeak) {
        this.sessionLeak = sessionLeak;
    }

    @Override
    public ActiveCallsCondition getActiveCalls() {
        return activeCalls;
    }

    @DataBoundSetter
    public void setActiveCalls(ActiveCallsCondition activeCalls) {
        this.activeCalls = activeCalls;
    }

    @Override
    public String getService() {
        return Fields.orDefault(service, "");
    }

    @DataBoundSetter
    public void setService(String service) {
        this.service = service;
    }

    @Override
    public Integer getDefaultPort() {
        return defaultPort;
    }

    @DataBoundSetter
    public void setDefaultPort(Integer defaultPort) {
        this.defaultPort = defaultPort;
    }

    @Override
    public Integer getConnectTimeout() {
        return connectTimeout;
    }

    @DataBoundSetter
    public void setConnectTimeout(Integer connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    @Override
    public Integer getCommandTimeout() {
        return commandTimeout;
    }

    @DataBoundSetter
    public void setCommandTimeout(Integer commandTimeout) {
        this.commandTimeout = commandTimeout;
    }

    @Override
    public Integer getRetries() {
        return retries;
    }

    @DataBoundSetter
    public void setRetries(Integer retries) {
        this.retries = retries;
    }

    @Override
    public Integer getParallelism() {
        return parallelism;
    }

    @DataBoundSetter
    public void setParallelism(Integer parallelism) {
        this.parallelism = parallelism;
    }

    @Override
    public boolean isStopOnFirstFailure() {
        return stopOnFirstFailure;
    }

    @DataBoundSetter
    public void setStopOnFirstFailure(boolean stopOnFirstFailure) {
        this.stopOnFirstFailure = stopOnFirstFailure;
    }

    @Override
    public boolean isVerifyAfterRestart() {
        return verifyAfterRestart;
    }

    @DataBoundSetter
    public void setVerifyAfterRestart(boolean verifyAfterRestart) {
        this.verifyAfterRestart = verifyAfterRestart;
    }

    @Override
    public boolean isAcceptUnconfirmed() {
        return acceptUnconfirmed;
    }

    @DataBoundSetter
    public void setAcceptUnconfirmed(boolean acceptUnconfirmed) {
        this.acceptUnconfirmed = acceptUnconfirmed;
    }

    @Override
    public boolean isResendRestart() {
        return resendRestart;
    }

    @DataBoundSetter
    public void setResendRestart(boolean resendRestart) {
        this.resendRestart = resendRestart;
    }

    @Override
    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    @Override
    @CheckForNull
    public Integer getLockWaitMinutes() {
        return Fields.unset(lockWaitMinutes) ? null : lockWaitMinutes;
    }

    @DataBoundSetter
    public void setLockWaitMinutes(Integer lockWaitMinutes) {
        this.lockWaitMinutes = lockWaitMinutes;
    }

    @Override
    public String getResultOnFailure() {
        return Fields.orDefault(resultOnFailure, ResultOnFailure.FAILURE.name());
    }

    @DataBoundSetter
    public void setResultOnFailure(String resultOnFailure) {
        this.resultOnFailure = resultOnFailure;
    }

    @Override
    public String getLogFileName() {
        return Fields.orDefault(logFileName, RestartLogWriter.DEFAULT_FILE_NAME);
    }

    @DataBoundSetter
    public void setLogFileName(String logFileName) {
        this.logFileName = logFileName;
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
