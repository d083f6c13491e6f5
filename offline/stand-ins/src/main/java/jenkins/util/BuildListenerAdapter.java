package jenkins.util;

import hudson.model.BuildListener;
import hudson.model.TaskListener;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core jenkins.util.BuildListenerAdapter (the members the plugin calls)
public final class BuildListenerAdapter implements BuildListener {

    private static final long serialVersionUID = 1L;

    public BuildListenerAdapter(TaskListener delegate) {
        StandIn.fail();
    }

    public static BuildListener wrap(TaskListener l) {
        return StandIn.unsupported();
    }

    @Override
    public java.io.PrintStream getLogger() {
        return StandIn.unsupported();
    }
}
