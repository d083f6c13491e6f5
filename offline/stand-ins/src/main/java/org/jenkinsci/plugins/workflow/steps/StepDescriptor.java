package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

// stand-in: workflow-step-api-plugin org.jenkinsci.plugins.workflow.steps.StepDescriptor (the members the plugin
// overrides; its other members left out)
public abstract class StepDescriptor extends Descriptor<Step> {

    public abstract Set<? extends Class<?>> getRequiredContext();

    public abstract String getFunctionName();
}
