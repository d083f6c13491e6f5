package com.cloudbees.jenkins.plugins.sshcredentials;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import java.io.IOException;

// stand-in: ssh-credentials-plugin com.cloudbees.jenkins.plugins.sshcredentials.SSHAuthenticator
// (the members the plugin calls)
public abstract class SSHAuthenticator<C, U extends StandardUsernameCredentials> {

    @Deprecated
    protected SSHAuthenticator(@NonNull C connection, @NonNull U user) {
        throw new UnsupportedOperationException("stand-in");
    }

    @NonNull
    public static <C, U extends StandardUsernameCredentials> SSHAuthenticator<C, U> newInstance(@NonNull C connection,
                                                                                                @NonNull U user)
            throws InterruptedException, IOException {
        throw new UnsupportedOperationException("stand-in");
    }

    public static CredentialsMatcher matcher(Class<?> connectionClass) {
        throw new UnsupportedOperationException("stand-in");
    }

    protected abstract boolean doAuthenticate();

    public final boolean authenticate(TaskListener listener) {
        throw new UnsupportedOperationException("stand-in");
    }
}
