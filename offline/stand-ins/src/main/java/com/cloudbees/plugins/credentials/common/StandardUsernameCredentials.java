package com.cloudbees.plugins.credentials.common;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.common.StandardUsernameCredentials (its annotations
// @Recommended and @NameWith and its nested NameProvider left out)
public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {}
