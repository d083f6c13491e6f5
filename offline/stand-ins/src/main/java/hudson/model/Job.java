package hudson.model;

import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core hudson.model.Job (type parameters only; its superclass AbstractItem, its interfaces
// ExtensionPoint, StaplerOverridable, ModelObjectWithChildren and HasWidgets and every member left out)
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {

    // upstream's constructor is protected and takes an ItemGroup and a name
    protected Job() {
        StandIn.fail();
    }
}
