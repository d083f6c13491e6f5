package io.jenkins.plugins.cmswebbridge.hostkey;

import hudson.model.Descriptor;

/** The descriptor of a {@link HostKeyVerificationStrategy}. */
public abstract class HostKeyVerificationStrategyDescriptor extends Descriptor<HostKeyVerificationStrategy> {}
