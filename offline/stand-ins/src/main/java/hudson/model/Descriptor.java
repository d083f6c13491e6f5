package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core hudson.model.Descriptor (the members the plugin calls or overrides;
// its supertypes Loadable, Saveable and OnMaster left out)
public abstract class Descriptor<T extends Describable<T>> {

    protected Descriptor() {}

    @NonNull
    public String getDisplayName() {
        return StandIn.unsupported();
    }
}
