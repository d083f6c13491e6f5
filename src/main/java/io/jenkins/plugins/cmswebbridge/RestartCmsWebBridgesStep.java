package io.jenkins.plugins.cmswebbridge;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.engine.report.ReportModel;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;
import io.jenkins.plugins.cmswebbridge.resolve.RestartStepConfig;
import io.jenkins.plugins.cmswebbridge.run.RestartRun;
import io.jenkins.plugins.cmswebbridge.run.RestartStepExecution;
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
 * and a list of per-host maps as its value (the summary of each host in {@link ReportModel#hosts}: keys {@code host},
 * {@code port}, {@code address}, {@code ok}, {@code outcome}, {@code reason}, {@code attempts},
 * {@code durationMillis}). Inside {@code node} it runs on that
 * node; outside, on the controller.
 */
public class RestartCmsWebBridgesStep extends Step implements RestartStepConfig {

    /**
     * The arguments, all optional (a deployment can give the hosts and the credentials), held and normalised by the
     * build step's class, so that the two steps read every option the same way.
     */
    private final RestartCmsWebBridgesBuilder options = new RestartCmsWebBridgesBuilder();

    @DataBoundConstructor
    public RestartCmsWebBridgesStep() {}

    /** A step for these hosts with these credentials, and no deployment. */
    public RestartCmsWebBridgesStep(String hosts, String credentialsId) {
        options.setHosts(hosts);
        options.setCredentialsId(credentialsId);
    }

    @Override
    public String getDeployment() {
        return options.getDeployment();
    }

    @DataBoundSetter
    public void setDeployment(String deployment) {
        options.setDeployment(deployment);
    }

    @Override
    public String getOnly() {
        return options.getOnly();
    }

    @DataBoundSetter
    public void setOnly(String only) {
        options.setOnly(only);
    }

    @Override
    public String getHosts() {
        return options.getHosts();
    }

    @DataBoundSetter
    public void setHosts(String hosts) {
        options.setHosts(hosts);
    }

    @Override
    public String getCredentialsId() {
        return options.getCredentialsId();
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        options.setCredentialsId(credentialsId);
    }

    @Override
    @CheckForNull
    public HostKeyVerificationStrategy getHostKeyVerification() {
        return options.getHostKeyVerification();
    }

    @DataBoundSetter
    public void setHostKeyVerification(HostKeyVerificationStrategy hostKeyVerification) {
        options.setHostKeyVerification(hostKeyVerification);
    }

    @Override
    public SessionLeakCondition getSessionLeak() {
        return options.getSessionLeak();
    }

    @DataBoundSetter
    public void setSessionLeak(SessionLeakCondition sessionLeak) {
        options.setSessionLeak(sessionLeak);
    }

    @Override
    public ActiveCallsCondition getActiveCalls() {
        return options.getActiveCalls();
    }

    @DataBoundSetter
    public void setActiveCalls(ActiveCallsCondition activeCalls) {
        options.setActiveCalls(activeCalls);
    }

    @Override
    public String getService() {
        return options.getService();
    }

    @DataBoundSetter
    public void setService(String service) {
        options.setService(service);
    }

    @Override
    public Integer getDefaultPort() {
        return options.getDefaultPort();
    }

    @DataBoundSetter
    public void setDefaultPort(Integer defaultPort) {
        options.setDefaultPort(defaultPort);
    }

    @Override
    public Integer getConnectTimeout() {
        return options.getConnectTimeout();
    }

    @DataBoundSetter
    public void setConnectTimeout(Integer connectTimeout) {
        options.setConnectTimeout(connectTimeout);
    }

    @Override
    public Integer getCommandTimeout() {
        return options.getCommandTimeout();
    }

    @DataBoundSetter
    public void setCommandTimeout(Integer commandTimeout) {
        options.setCommandTimeout(commandTimeout);
    }

    @Override
    public Integer getRetries() {
        return options.getRetries();
    }

    @DataBoundSetter
    public void setRetries(Integer retries) {
        options.setRetries(retries);
    }

    @Override
    public Integer getParallelism() {
        return options.getParallelism();
    }

    @DataBoundSetter
    public void setParallelism(Integer parallelism) {
        options.setParallelism(parallelism);
    }

    @Override
    public boolean isStopOnFirstFailure() {
        return options.isStopOnFirstFailure();
    }

    @DataBoundSetter
    public void setStopOnFirstFailure(boolean stopOnFirstFailure) {
        options.setStopOnFirstFailure(stopOnFirstFailure);
    }

    @Override
    public boolean isVerifyAfterRestart() {
        return options.isVerifyAfterRestart();
    }

    @DataBoundSetter
    public void setVerifyAfterRestart(boolean verifyAfterRestart) {
        options.setVerifyAfterRestart(verifyAfterRestart);
    }

    @Override
    public boolean isAcceptUnconfirmed() {
        return options.isAcceptUnconfirmed();
    }

    @DataBoundSetter
    public void setAcceptUnconfirmed(boolean acceptUnconfirmed) {
        options.setAcceptUnconfirmed(acceptUnconfirmed);
    }

    @Override
    public boolean isResendRestart() {
        return options.isResendRestart();
    }

    @DataBoundSetter
    public void setResendRestart(boolean resendRestart) {
        options.setResendRestart(resendRestart);
    }

    @Override
    public boolean isDryRun() {
        return options.isDryRun();
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        options.setDryRun(dryRun);
    }

    @Override
    @CheckForNull
    public Integer getLockWaitMinutes() {
        return options.getLockWaitMinutes();
    }

    @DataBoundSetter
    public void setLockWaitMinutes(Integer lockWaitMinutes) {
        options.setLockWaitMinutes(lockWaitMinutes);
    }

    @Override
    public String getResultOnFailure() {
        return options.getResultOnFailure();
    }

    @DataBoundSetter
    public void setResultOnFailure(String resultOnFailure) {
        options.setResultOnFailure(resultOnFailure);
    }

    @Override
    public String getLogFileName() {
        return options.getLogFileName();
    }

    @DataBoundSetter
    public void setLogFileName(String logFileName) {
        options.setLogFileName(logFileName);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new RestartStepExecution(context, new RestartRun(options, UnaryOperator.identity()));
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
