package com.cloudbees.jenkins.plugins.sshcredentials;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: ssh-credentials-plugin com.cloudbees.jenkins.plugins.sshcredentials.SSHAuthenticator
// (the one member the plugin calls, matcher(Class), on the controller to list credentials, and the non-deprecated
// constructor, which Java needs; the deprecated two-argument constructor, matcher(), newInstance, authenticate and
// every other member left out: the node authenticates without ssh-credentials)
public abstract class SSHAuthenticator<C, U extends StandardUsernameCredentials> {

    protected SSHAuthenticator(@NonNull C connection, @NonNull U user, @CheckForNull String username) {
        StandIn.fail();
    }

    public static CredentialsMatcher matcher(Class<?> connectionClass) {
        return StandIn.unsupported();
    }
}
