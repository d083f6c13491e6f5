package com.cloudbees.plugins.credentials.common;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.common.StandardCredentials (no member is used)
public interface StandardCredentials extends IdCredentials {}
