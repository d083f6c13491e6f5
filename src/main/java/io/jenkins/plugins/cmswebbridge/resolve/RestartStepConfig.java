package io.jenkins.plugins.cmswebbridge.resolve;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;

/**
 * What the freestyle build step and the pipeline step both take, as the administrator typed it: the contract the two
 * share (as junit's {@code JUnitTask} is for its builder and step). {@link RestartResolver} turns it into a plan or a
 * list of problems; nothing else reads these values. Numbers are {@code Integer}s: {@code null} (an empty field, an
 * argument left out) and, except for retries, {@code 0} mean the default.
 */
public interface RestartStepConfig {

    /**
     * The name of a CMS deployment (Manage Jenkins → System) that gives the hosts, the default port, the credentials,
     * the host key verification, the service and the call bridges' API settings this step leaves unset; blank for
     * none.
     */
    String getDeployment();

    /** Restricts the run to these hosts of its host list (the same syntax as the list); blank for every host. */
    String getOnly();

    /** One MMP per line (or separated by commas or spaces): {@code host}, {@code host:port}, {@code [v6]:port}. */
    String getHosts();

    /** The id of SSH credentials: username with password, or username with private key. */
    String getCredentialsId();

    /** {@code webbridge} or {@code webbridge3}; blank for the deployment's, or else {@code webbridge} (Web Bridge 2). */
    String getService();

    @CheckForNull
    Integer getDefaultPort();

    @CheckForNull
    Integer getConnectTimeout();

    @CheckForNull
    Integer getCommandTimeout();

    /** Retries after a connection failure: {@code null} for the default (1), {@code 0} for none. */
    @CheckForNull
    Integer getRetries();

    @CheckForNull
    Integer getParallelism();

    boolean isStopOnFirstFailure();

    boolean isVerifyAfterRestart();

    boolean isAcceptUnconfirmed();

    boolean isResendRestart();

    boolean isDryRun();

    /**
     * Minutes to wait while another build restarts some of the same MMPs: {@code null} or 0 for the default (60);
     * when it passes, nothing is sent and every host is {@code NOT_RUN}.
     */
    @CheckForNull
    Integer getLockWaitMinutes();

    /** {@code FAILURE} (the default) or {@code UNSTABLE}. */
    String getResultOnFailure();

    String getLogFileName();

    /** {@code null} for the deployment's, or else the default ({@link HostKeyVerificationStrategy#defaultStrategy()}). */
    @CheckForNull
    HostKeyVerificationStrategy getHostKeyVerification();

    /** Restart only when sessions leak; {@code null} to restart on every run. */
    @CheckForNull
    SessionLeakCondition getSessionLeak();

    /** Ask the call bridges for active calls first; {@code null} not to ask. */
    @CheckForNull
    ActiveCallsCondition getActiveCalls();
}
