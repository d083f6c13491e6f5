package com.cloudbees.plugins.credentials.common;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.common.StandardCredentials (used as a type only;
// its annotations @Recommended and @NameWith, its method getDescription() and its nested NameProvider left out)
public interface StandardCredentials extends IdCredentials {}
