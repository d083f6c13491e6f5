package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;

// stand-in: jenkins-core hudson.Launcher (the members the plugin calls)
public abstract class Launcher {

    public VirtualChannel getChannel() {
        throw new UnsupportedOperationException("stand-in");
    }

    public static class LocalLauncher extends Launcher {
        public LocalLauncher(@NonNull TaskListener listener) {
            throw new UnsupportedOperationException("stand-in");
        }
    }
}
