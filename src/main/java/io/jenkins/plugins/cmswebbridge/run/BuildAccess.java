package io.jenkins.plugins.cmswebbridge.run;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.forms.SshCredentialsSnapshot;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Problem;
import jenkins.model.Jenkins;

/**
 * What a build may use to reach the MMPs, decided on the controller before anything connects, the same way for the
 * restart and for the report step: the MMP credentials looked up in the build's own context (folder and job
 * restrictions apply), and a known hosts file read by path on the controller only for an administrator identity.
 */
public final class BuildAccess {

    private BuildAccess() {}

    /**
     * Looks up the MMP credentials as the build sees them, tracks their use in the build, and snapshots them into
     * plain data that can travel to the node. The caller destroys the result when done.
     *
     * @throws AbortException naming {@code credentialsId} when the build cannot use credentials of this id, or they
     *     hold no usable secret
     */
    public static SshCredentials mmpLogin(Run<?, ?> run, String credentialsId) throws AbortException {
        StandardUsernameCredentials ssh =
                CredentialsProvider.findCredentialById(credentialsId, StandardUsernameCredentials.class, run);
        if (ssh == null) {
            throw new AbortException(Messages.Run_CredentialsNotFound(credentialsId));
        }
        CredentialsProvider.track(run, ssh);
        try {
            return SshCredentialsSnapshot.of(ssh);
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    /**
     * The problem of a strategy that reads a file by path when the work runs on the controller and the build's
     * identity may not administer Jenkins; {@code null} when there is none.
     */
    @CheckForNull
    public static Problem knownHostsFileProblem(boolean onController, HostKeyVerificationStrategy strategy) {
        if (onController && strategy.readsFiles() && !Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return new Problem("hostKeyVerification", Messages.Problem_KnownHostsFileOnController());
        }
        return null;
    }
}
