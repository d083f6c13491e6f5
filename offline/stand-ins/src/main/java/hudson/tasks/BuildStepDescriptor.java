package hudson.tasks;

import hudson.model.AbstractProject;
import hudson.model.Describable;
import hudson.model.Descriptor;

// stand-in: jenkins-core hudson.tasks.BuildStepDescriptor (the members the plugin uses; the static filter method
// left out)
public abstract class BuildStepDescriptor<T extends BuildStep & Describable<T>> extends Descriptor<T> {

    protected BuildStepDescriptor(Class<? extends T> clazz) {
        super(clazz);
    }

    protected BuildStepDescriptor() {}

    public abstract boolean isApplicable(Class<? extends AbstractProject> jobType);
}
