package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: credentials-plugin com.cloudbees.plugins.credentials.common.StandardListBoxModel
public class StandardListBoxModel extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {

    private static final long serialVersionUID = 1L;

    @NonNull
    protected String describe(@NonNull StandardCredentials c) {
        return StandIn.unsupported();
    }
}
