package hudson.scheduler;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.util.Calendar;
import java.util.TimeZone;

// stand-in: jenkins-core hudson.scheduler.CronTab (the constructor with a line number, a hash and a time zone, ceil of
// a
// Calendar and getTimeZone, which the plugin calls; the other constructors and members left out)
public final class CronTab {

    public CronTab(String format, int line, Hash hash, @CheckForNull String timezone) {
        StandIn.fail();
    }

    public Calendar ceil(Calendar cal) {
        return StandIn.unsupported();
    }

    @CheckForNull
    public TimeZone getTimeZone() {
        return StandIn.unsupported();
    }
}
