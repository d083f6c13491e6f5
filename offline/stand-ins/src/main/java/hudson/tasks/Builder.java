package hudson.tasks;

import hudson.ExtensionPoint;
import hudson.model.Describable;

// stand-in: jenkins-core hudson.tasks.Builder
public abstract class Builder extends BuildStepCompatibilityLayer implements Describable<Builder>, ExtensionPoint {}
