package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

// stand-in: workflow-step-api-plugin org.jenkinsci.plugins.workflow.steps.Step (start, the member the plugin
// overrides; the override of getDescriptor() left out)
public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {
    public abstract StepExecution start(StepContext context) throws Exception;
}
