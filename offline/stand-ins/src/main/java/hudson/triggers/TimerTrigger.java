package hudson.triggers;

import hudson.model.BuildableItem;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core hudson.triggers.TimerTrigger (superclass only, which the plugin uses as a type; its
// constructor, run, the nested classes and every other member left out)
public class TimerTrigger extends Trigger<BuildableItem> {

    // upstream's constructor is public and takes the spec
    private TimerTrigger() {
        StandIn.fail();
    }
}
