package hudson.tasks;

import hudson.ExtensionPoint;
import hudson.model.Describable;

// stand-in: jenkins-core hudson.tasks.Builder (used as a superclass only; its members prebuild,
// getRequiredMonitorService, getDescriptor and all() left out)
public abstract class Builder extends BuildStepCompatibilityLayer implements Describable<Builder>, ExtensionPoint {}
