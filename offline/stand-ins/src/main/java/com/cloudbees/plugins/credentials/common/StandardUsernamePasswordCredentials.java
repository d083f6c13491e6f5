package com.cloudbees.plugins.credentials.common;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials
// (nested NameProvider and the @Recommended/@NameWith annotations left out)
public interface StandardUsernamePasswordCredentials extends StandardUsernameCredentials, UsernamePasswordCredentials {}
