package hudson.model;

import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core hudson.model.AbstractProject (type parameters and superclass only; its interfaces
// BuildableItem, LazyBuildMixIn.LazyLoadingJob and ParameterizedJobMixIn.ParameterizedJob and every member left out)
public abstract class AbstractProject<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>>
        extends Job<P, R> {

    // upstream's constructor is protected and takes an ItemGroup and a name
    protected AbstractProject() {
        StandIn.fail();
    }
}
