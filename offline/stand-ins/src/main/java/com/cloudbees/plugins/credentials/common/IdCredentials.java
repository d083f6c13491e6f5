package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.common.IdCredentials (its annotation @LegacyMixIn
// and its nested class Helpers left out)
public interface IdCredentials extends Credentials {
    @NonNull
    String getId();
}
