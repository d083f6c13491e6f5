package com.cloudbees.jenkins.plugins.sshcredentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import java.util.List;

// stand-in: ssh-credentials-plugin com.cloudbees.jenkins.plugins.sshcredentials.SSHUserPrivateKey
// (the deprecated default method getPrivateKey() left out)
public interface SSHUserPrivateKey extends SSHUser {

    @CheckForNull
    Secret getPassphrase();

    @NonNull
    List<String> getPrivateKeys();
}
