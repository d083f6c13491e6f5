package com.cloudbees.plugins.credentials.common;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.common.StandardListBoxModel (the plugin creates it
// and calls inherited members; its one member, describe(StandardCredentials), left out)
public class StandardListBoxModel
        extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {}
