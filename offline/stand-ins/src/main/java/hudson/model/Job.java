package hudson.model;

import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import org.kohsuke.stapler.export.Exported;

// stand-in: jenkins-core hudson.model.Job (type parameters, and getLastCompletedBuild and getLastSuccessfulBuild, which
// the restart trend calls; their @QuickSilver, whose type is not stood in, its superclass AbstractItem, which
// implements getFullName, in whose place Item is implemented here, its interfaces ExtensionPoint, StaplerOverridable,
// ModelObjectWithChildren and HasWidgets and every other member left out)
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> implements Item {

    // upstream's constructor is protected and takes an ItemGroup and a name
    protected Job() {
        StandIn.fail();
    }

    @Exported
    public RunT getLastSuccessfulBuild() {
        return StandIn.unsupported();
    }

    @Exported
    public RunT getLastCompletedBuild() {
        return StandIn.unsupported();
    }
}
