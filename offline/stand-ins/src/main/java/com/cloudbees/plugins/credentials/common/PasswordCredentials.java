package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.common.PasswordCredentials
// (annotation @LegacyMixIn left out)
public interface PasswordCredentials extends Credentials {
    @NonNull
    Secret getPassword();
}
