package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.CredentialsMatcher
public interface CredentialsMatcher extends Serializable {
    boolean matches(@NonNull Credentials item);
}
