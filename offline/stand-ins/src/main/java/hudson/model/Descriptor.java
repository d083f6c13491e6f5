package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

// stand-in: jenkins-core hudson.model.Descriptor (the members the plugin calls or overrides;
// its supertypes Loadable, Saveable and OnMaster left out)
public abstract class Descriptor<T extends Describable<T>> {

    protected Descriptor() {
    }

    @NonNull
    public String getDisplayName() {
        throw new UnsupportedOperationException("stand-in");
    }
}
