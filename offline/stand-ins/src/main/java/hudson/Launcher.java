package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core hudson.Launcher (the members the plugin calls: getChannel() and LocalLauncher's
// one-argument constructor, plus the constructor that LocalLauncher's calls; the abstract launch/kill methods, the
// fields, the other constructors, nested classes and members left out)
public abstract class Launcher {

    protected Launcher(@NonNull TaskListener listener, @CheckForNull VirtualChannel channel) {
        StandIn.fail();
    }

    @CheckForNull
    public VirtualChannel getChannel() {
        return StandIn.unsupported();
    }

    public static class LocalLauncher extends Launcher {
        public LocalLauncher(@NonNull TaskListener listener) {
            super(listener, null); // throws
        }
    }
}
