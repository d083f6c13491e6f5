package io.jenkins.plugins.cmswebbridge;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Builder;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.report.RestartLogWriter;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.ResultOnFailure;
import io.jenkins.plugins.cmswebbridge.fields.Stored;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;
import io.jenkins.plugins.cmswebbridge.resolve.RestartStepConfig;
import io.jenkins.plugins.cmswebbridge.run.BuildResult;
import io.jenkins.plugins.cmswebbridge.run.RestartRun;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The freestyle build step "Restart CMS WebBridges". It takes what the pipeline step takes ({@link
 * RestartStepConfig}), expands the build's variables in the host list, and runs through {@link RestartRun}. Its
 * descriptor holds the form's checks and lists, which the pipeline step's form reuses.
 */
public class RestartCmsWebBridgesBuilder extends Builder implements SimpleBuildStep, RestartStepConfig {

    private String deployment;
    private String only;
    private String hosts = "";
    private String credentialsId = "";
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

    /** Every option is optional: a deployment can give the hosts and the credentials. */
    @DataBoundConstructor
    public RestartCmsWebBridgesBuilder() {}

    /** A step for these hosts with these credentials, and no deployment. */
    public RestartCmsWebBridgesBuilder(String hosts, String credentialsId) {
        setHosts(hosts);
        setCredentialsId(credentialsId);
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
        return hosts;
    }

    @DataBoundSetter
    public void setHosts(String hosts) {
        this.hosts = Stored.text(hosts);
    }

    @Override
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Stored.trimmed(credentialsId);
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
        return lockWaitMinutes;
    }

    @DataBoundSetter
    public void setLockWaitMinutes(Integer lockWaitMinutes) {
        this.lockWaitMinutes = Fields.unset(lockWaitMinutes) ? null : lockWaitMinutes;
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
    public void perform(
            @NonNull Run<?, ?> run,
            @NonNull FilePath workspace,
            @NonNull EnvVars env,
            @NonNull Launcher launcher,
            @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        RestartRun.Finished finished = new RestartRun(this, env::expand).run(run, workspace, launcher, listener);
        if (finished.result() == BuildResult.FAILURE) {
            throw new AbortException(finished.report().summary());
        }
    }

    @Override
    public String toString() {
        return "RestartCmsWebBridgesBuilder{" + Text.count(hosts.lines().count(), "host line", "host lines")
                + ", credentials '" + credentialsId + "'}";
    }
}
