package hudson.model;

import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core hudson.model.Describable
public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        return StandIn.unsupported();
    }
}
