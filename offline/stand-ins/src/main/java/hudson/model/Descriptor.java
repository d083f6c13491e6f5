package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core hudson.model.Descriptor (the members the plugin calls or overrides; its interfaces Loadable,
// Saveable and OnMaster, and its other members left out)
public abstract class Descriptor<T extends Describable<T>> {

    protected Descriptor(Class<? extends T> clazz) {}

    protected Descriptor() {}

    @NonNull
    public String getDisplayName() {
        return StandIn.unsupported();
    }
}
