package jenkins.util;

import hudson.model.BuildListener;
import hudson.model.TaskListener;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core jenkins.util.BuildListenerAdapter (wrap(TaskListener), which the plugin calls, and the
// constructor and getLogger(), which Java needs; the overrides of annotate, hyperlink, error and fatalError left out)
public final class BuildListenerAdapter implements BuildListener {

    public BuildListenerAdapter(TaskListener delegate) {
        StandIn.fail();
    }

    @Override
    public java.io.PrintStream getLogger() {
        return StandIn.unsupported();
    }

    public static BuildListener wrap(TaskListener l) {
        return StandIn.unsupported();
    }
}
