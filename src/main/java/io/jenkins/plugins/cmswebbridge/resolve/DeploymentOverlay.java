package io.jenkins.plugins.cmswebbridge.resolve;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.deployments.CmsDeployment;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;

/**
 * A step's configuration over a deployment's: each setting the deployment holds (hosts, default port, credentials,
 * host key verification, service, the call bridges' API addresses, credentials and CA, the log file on the MMPs)
 * comes from the step when the step sets it, and from the deployment otherwise. Everything else is the step's.
 */
public final class DeploymentOverlay implements RestartStepConfig {

    private final RestartStepConfig step;
    private final CmsDeployment deployment;

    public DeploymentOverlay(RestartStepConfig step, CmsDeployment deployment) {
        this.step = step;
        this.deployment = deployment;
    }

    private static String either(@CheckForNull String own, String deployment) {
        return own == null || own.isBlank() ? deployment : own;
    }

    @Override
    public String getDeployment() {
        return deployment.getName();
    }

    @Override
    public String getOnly() {
        return step.getOnly();
    }

    @Override
    public String getHosts() {
        return either(step.getHosts(), deployment.getHosts());
    }

    @Override
    public String getCredentialsId() {
        return either(step.getCredentialsId(), deployment.getCredentialsId());
    }

    @Override
    public String getService() {
        return either(step.getService(), deployment.getService());
    }

    @Override
    @CheckForNull
    public Integer getDefaultPort() {
        return Fields.unset(step.getDefaultPort()) ? deployment.getDefaultPort() : step.getDefaultPort();
    }

    @Override
    @CheckForNull
    public HostKeyVerificationStrategy getHostKeyVerification() {
        HostKeyVerificationStrategy own = step.getHostKeyVerification();
        return own != null ? own : deployment.getHostKeyVerification();
    }

    @Override
    @CheckForNull
    public ActiveCallsCondition getActiveCalls() {
        ActiveCallsCondition own = step.getActiveCalls();
        return own == null
                ? null
                : own.withDefaults(deployment.getApis(), deployment.getApiCredentialsId(), deployment.getCustomCa());
    }

    @Override
    @CheckForNull
    public SessionLeakCondition getSessionLeak() {
        SessionLeakCondition own = step.getSessionLeak();
        return own == null ? null : own.withDefaultMmpLogFile(deployment.getMmpLogFile());
    }

    @Override
    @CheckForNull
    public Integer getConnectTimeout() {
        return step.getConnectTimeout();
    }

    @Override
    @CheckForNull
    public Integer getCommandTimeout() {
        return step.getCommandTimeout();
    }

    @Override
    @CheckForNull
    public Integer getRetries() {
        return step.getRetries();
    }

    @Override
    @CheckForNull
    public Integer getParallelism() {
        return step.getParallelism();
    }

    @Override
    public boolean isStopOnFirstFailure() {
        return step.isStopOnFirstFailure();
    }

    @Override
    public boolean isVerifyAfterRestart() {
        return step.isVerifyAfterRestart();
    }

    @Override
    public boolean isAcceptUnconfirmed() {
        return step.isAcceptUnconfirmed();
    }

    @Override
    public boolean isResendRestart() {
        return step.isResendRestart();
    }

    @Override
    public boolean isDryRun() {
        return step.isDryRun();
    }

    @Override
    @CheckForNull
    public Integer getLockWaitMinutes() {
        return step.getLockWaitMinutes();
    }

    @Override
    public String getResultOnFailure() {
        return step.getResultOnFailure();
    }

    @Override
    public String getLogFileName() {
        return step.getLogFileName();
    }
}
