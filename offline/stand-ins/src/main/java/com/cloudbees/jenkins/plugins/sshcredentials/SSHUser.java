package com.cloudbees.jenkins.plugins.sshcredentials;

import com.cloudbees.plugins.credentials.common.StandardUsernameCredentials;

// stand-in: ssh-credentials-plugin com.cloudbees.jenkins.plugins.sshcredentials.SSHUser (deprecated
// upstream; here only as the supertype of SSHUserPrivateKey)
@Deprecated
public interface SSHUser extends StandardUsernameCredentials {}
