package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Action;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.util.Collection;

// stand-in: jenkins-core jenkins.model.TransientActionFactory (type, actionType and createFor, which the plugin
// implements; its nested Cache extension and its static factoriesFor left out)
public abstract class TransientActionFactory<T> implements ExtensionPoint {

    public abstract Class<T> type();

    public /* abstract */ Class<? extends Action> actionType() {
        return StandIn.unsupported();
    }

    public abstract @NonNull Collection<? extends Action> createFor(@NonNull T target);
}
