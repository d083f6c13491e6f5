package io.jenkins.plugins.cmswebbridge;

import com.cloudbees.jenkins.plugins.sshcredentials.SSHAuthenticator;
import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import com.trilead.ssh2.Connection;
import hudson.model.TaskListener;
import io.jenkins.plugins.cmswebbridge.engine.MmpAuthenticator;
import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * Authenticates to an MMP with Jenkins SSH credentials (username with password, or username with private
 * key) through ssh-credentials' {@link SSHAuthenticator}. Holds a snapshot of the credentials (made by
 * {@code CredentialsProvider.snapshot}), which travels to the agent in memory and is never written to
 * its disk; {@link #toString()} names the credentials id and user only.
 */
final class CredentialsAuthenticator implements MmpAuthenticator {

    private static final long serialVersionUID = 1L;

    private final StandardUsernameCredentials credentials;

    CredentialsAuthenticator(StandardUsernameCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public String getUsername() {
        return credentials.getUsername();
    }

    @Override
    public boolean authenticate(Connection connection) throws IOException {
        try {
            return SSHAuthenticator.newInstance(connection, credentials).authenticate(TaskListener.NULL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while authenticating as " + getUsername());
        }
    }

    @Override
    public String toString() {
        return "credentials '" + credentials.getId() + "' (user " + getUsername() + ")";
    }
}
