package io.jenkins.plugins.cmswebbridge.fields;

/** The build result a restart step sets when a host is not fine: FAILURE (the default) or UNSTABLE. */
public enum ResultOnFailure {
    FAILURE,
    UNSTABLE
}
