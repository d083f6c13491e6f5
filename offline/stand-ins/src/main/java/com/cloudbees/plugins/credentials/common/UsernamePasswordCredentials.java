package com.cloudbees.plugins.credentials.common;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.common.UsernamePasswordCredentials
// (nested NameProvider and the @LegacyMixIn/@NameWith annotations left out)
public interface UsernamePasswordCredentials extends UsernameCredentials, PasswordCredentials {}
