package jenkins.util;

import hudson.model.BuildListener;
import hudson.model.TaskListener;

// stand-in: jenkins-core jenkins.util.BuildListenerAdapter (the members the plugin calls)
public final class BuildListenerAdapter implements BuildListener {

    private static final long serialVersionUID = 1L;

    public BuildListenerAdapter(TaskListener delegate) {
        throw new UnsupportedOperationException("stand-in");
    }

    public static BuildListener wrap(TaskListener l) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public java.io.PrintStream getLogger() {
        throw new UnsupportedOperationException("stand-in");
    }
}
