package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.util.List;
import org.kohsuke.stapler.export.ExportedBean;

// stand-in: jenkins-core hudson.model.Actionable (addOrReplaceAction(Action), which the plugin calls on a FlowNode, and
// getActions(Class) and getAction(Class), which the restart trend calls on a Run; its superclass AbstractModelObject,
// its interface ModelObjectWithContextMenu and its other members, addAction among them, left out)
@ExportedBean
public abstract class Actionable {

    @NonNull
    public <T extends Action> List<T> getActions(Class<T> type) {
        return StandIn.unsupported();
    }

    public <T extends Action> T getAction(Class<T> type) {
        return StandIn.unsupported();
    }

    @SuppressWarnings("ConstantConditions")
    public boolean addOrReplaceAction(@NonNull Action a) {
        return StandIn.unsupported();
    }
}
