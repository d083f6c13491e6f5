package hudson.scheduler;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core hudson.scheduler.CronTabList (getValidTimezone, which the plugin calls; the constructor and
// every other member left out)
public final class CronTabList {

    private CronTabList() {}

    public static @CheckForNull String getValidTimezone(String timezone) {
        return StandIn.unsupported();
    }
}
