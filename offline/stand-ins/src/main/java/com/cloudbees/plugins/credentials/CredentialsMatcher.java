package com.cloudbees.plugins.credentials;

import java.io.Serializable;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.CredentialsMatcher (used as a type only; its method
// matches(Credentials) left out)
public interface CredentialsMatcher extends Serializable {}
