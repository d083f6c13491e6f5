package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.common.UsernameCredentials (its annotations
// @LegacyMixIn and @NameWith, its default method isUsernameSecret() and its nested NameProvider left out)
public interface UsernameCredentials extends Credentials {
    @NonNull
    String getUsername();
}
