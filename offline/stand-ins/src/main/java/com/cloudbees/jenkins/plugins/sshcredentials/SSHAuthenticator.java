package com.cloudbees.jenkins.plugins.sshcredentials;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: ssh-credentials-plugin com.cloudbees.jenkins.plugins.sshcredentials.SSHAuthenticator
// (the one member the plugin calls, matcher(Class), on the controller to list credentials; the constructors,
// newInstance and authenticate are not used: the node authenticates without ssh-credentials)
public abstract class SSHAuthenticator<C, U extends StandardUsernameCredentials> {

    SSHAuthenticator() {
        StandIn.fail();
    }

    public static CredentialsMatcher matcher(Class<?> connectionClass) {
        return StandIn.unsupported();
    }
}
