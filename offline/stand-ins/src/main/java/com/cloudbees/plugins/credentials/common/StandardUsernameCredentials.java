package com.cloudbees.plugins.credentials.common;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.common.StandardUsernameCredentials
public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {}
