package hudson.triggers;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Item;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core hudson.triggers.Trigger (type parameter, interfaces, and getSpec, which the plugin reads;
// getDescriptor, the constructors and every other member left out)
public abstract class Trigger<J extends Item> implements Describable<Trigger<?>>, ExtensionPoint {

    // upstream's constructors are protected and take the crontab spec
    protected Trigger() {
        StandIn.fail();
    }

    public final String getSpec() {
        return StandIn.unsupported();
    }
}
