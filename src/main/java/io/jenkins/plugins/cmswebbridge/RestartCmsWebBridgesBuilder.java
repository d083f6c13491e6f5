package io.jenkins.plugins.cmswebbridge;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.engine.FleetReport;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategyDescriptor;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsFileStrategy;
import java.io.IOException;
import java.util.List;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The freestyle build step "Restart CMS WebBridges". Its fields are the pipeline step's; both delegate to
 * {@link RestartParameters} and run through {@link RestartRun}.
 */
public class RestartCmsWebBridgesBuilder extends Builder implements SimpleBuildStep {

    private final RestartParameters parameters;
    private HostKeyVerificationStrategy hostKeyVerification;
    private SessionLeakCondition sessionLeak;
    private ActiveCallsCondition activeCalls;

    @DataBoundConstructor
    public RestartCmsWebBridgesBuilder(String hosts, String credentialsId) {
        this.parameters = new RestartParameters(hosts, credentialsId);
    }

    /** The parameters as configured, for the shared execution path and for tests. */
    public RestartParameters getParameters() {
        return parameters;
    }

    public String getHosts() {
        return parameters.getHosts();
    }

    public String getCredentialsId() {
        return parameters.getCredentialsId();
    }

    public HostKeyVerificationStrategy getHostKeyVerification() {
        return hostKeyVerification == null ? defaultStrategy() : hostKeyVerification;
    }

    @DataBoundSetter
    public void setHostKeyVerification(HostKeyVerificationStrategy hostKeyVerification) {
        this.hostKeyVerification = hostKeyVerification;
    }

    static HostKeyVerificationStrategy defaultStrategy() {
        return new KnownHostsFileStrategy(null);
    }

    /** Restart only when the session leak reaches a threshold; {@code null} to restart on every run. */
    public SessionLeakCondition getSessionLeak() {
        return sessionLeak;
    }

    @DataBoundSetter
    public void setSessionLeak(SessionLeakCondition sessionLeak) {
        this.sessionLeak = sessionLeak;
    }

    /** Ask the call bridges for active calls before restarting; {@code null} not to ask. */
    public ActiveCallsCondition getActiveCalls() {
        return activeCalls;
    }

    @DataBoundSetter
    public void setActiveCalls(ActiveCallsCondition activeCalls) {
        this.activeCalls = activeCalls;
    }

    public String getService() {
        return parameters.getService();
    }

    @DataBoundSetter
    public void setService(String service) {
        parameters.setService(service);
    }

    public Integer getDefaultPort() {
        return parameters.getDefaultPort();
    }

    @DataBoundSetter
    public void setDefaultPort(Integer defaultPort) {
        parameters.setDefaultPort(defaultPort);
    }

    public Integer getConnectTimeout() {
        return parameters.getConnectTimeout();
    }

    @DataBoundSetter
    public void setConnectTimeout(Integer connectTimeout) {
        parameters.setConnectTimeout(connectTimeout);
    }

    public Integer getCommandTimeout() {
        return parameters.getCommandTimeout();
    }

    @DataBoundSetter
    public void setCommandTimeout(Integer commandTimeout) {
        parameters.setCommandTimeout(commandTimeout);
    }

    public Integer getRetries() {
        return parameters.getRetries();
    }

    @DataBoundSetter
    public void setRetries(Integer retries) {
        parameters.setRetries(retries);
    }

    public Integer getParallelism() {
        return parameters.getParallelism();
    }

    @DataBoundSetter
    public void setParallelism(Integer parallelism) {
        parameters.setParallelism(parallelism);
    }

    public boolean isStopOnFirstFailure() {
        return parameters.isStopOnFirstFailure();
    }

    @DataBoundSetter
    public void setStopOnFirstFailure(boolean stopOnFirstFailure) {
        parameters.setStopOnFirstFailure(stopOnFirstFailure);
    }

    public boolean isVerifyAfterRestart() {
        return parameters.isVerifyAfterRestart();
    }

    @DataBoundSetter
    public void setVerifyAfterRestart(boolean verifyAfterRestart) {
        parameters.setVerifyAfterRestart(verifyAfterRestart);
    }

    public String getResultOnFailure() {
        return parameters.getResultOnFailure();
    }

    @DataBoundSetter
    public void setResultOnFailure(String resultOnFailure) {
        parameters.setResultOnFailure(resultOnFailure);
    }

    public String getLogFileName() {
        return parameters.getLogFileName();
    }

    @DataBoundSetter
    public void setLogFileName(String logFileName) {
        parameters.setLogFileName(logFileName);
    }

    public boolean isDryRun() {
        return parameters.isDryRun();
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        parameters.setDryRun(dryRun);
    }

    public boolean isResendRestart() {
        return parameters.isResendRestart();
    }

    @DataBoundSetter
    public void setResendRestart(boolean resendRestart) {
        parameters.setResendRestart(resendRestart);
    }

    public boolean isAcceptUnconfirmed() {
        return parameters.isAcceptUnconfirmed();
    }

    @DataBoundSetter
    public void setAcceptUnconfirmed(boolean acceptUnconfirmed) {
        parameters.setAcceptUnconfirmed(acceptUnconfirmed);
    }

    @Override
    public void perform(
            @NonNull Run<?, ?> run,
            @NonNull FilePath workspace,
            @NonNull EnvVars env,
            @NonNull Launcher launcher,
            @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        RestartParameters expanded = parameters.withHosts(env.expand(parameters.getHosts()));
        RestartRun execution = new RestartRun(expanded, getHostKeyVerification(), sessionLeak, activeCalls);
        FleetReport report = execution.run(run, workspace, launcher, listener);
        if (execution.verdict(report) == BuildOutcome.FAILURE) {
            throw new AbortException(report.summary());
        }
    }

    @Extension
    @Symbol("restartCmsWebBridges")
    public static class DescriptorImpl extends BuildStepDescriptor<Builder> {

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.Builder_DisplayName();
        }

        public List<HostKeyVerificationStrategyDescriptor> getHostKeyVerificationDescriptors() {
            return FormSupport.hostKeyVerificationDescriptors();
        }

        public HostKeyVerificationStrategy getDefaultHostKeyVerification() {
            return defaultStrategy();
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return FormSupport.fillCredentialsIdItems(item, credentialsId);
        }

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.checkCredentialsId(item, value);
        }

        @POST
        public FormValidation doCheckHosts(
                @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String defaultPort) {
            return FormSupport.checkHosts(item, value, defaultPort);
        }

        public FormValidation doCheckDefaultPort(@QueryParameter String value) {
            return FormSupport.checkDefaultPort(value);
        }

        public FormValidation doCheckConnectTimeout(@QueryParameter String value) {
            return FormSupport.checkTimeout("connectTimeout", value);
        }

        public FormValidation doCheckCommandTimeout(@QueryParameter String value) {
            return FormSupport.checkTimeout("commandTimeout", value);
        }

        public FormValidation doCheckRetries(@QueryParameter String value) {
            return FormSupport.checkRetries(value);
        }

        public FormValidation doCheckParallelism(@QueryParameter String value) {
            return FormSupport.checkParallelism(value);
        }

        public FormValidation doCheckLogFileName(@QueryParameter String value) {
            return FormSupport.checkLogFileName(value);
        }

        public ListBoxModel doFillServiceItems() {
            return FormSupport.serviceItems();
        }

        public ListBoxModel doFillResultOnFailureItems() {
            return FormSupport.resultOnFailureItems();
        }
    }

    @Override
    public String toString() {
        return "RestartCmsWebBridgesBuilder{" + parameters.getHosts().lines().count() + " host line(s), credentials '"
                + parameters.getCredentialsId() + "'}";
    }
}
