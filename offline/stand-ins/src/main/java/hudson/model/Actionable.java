package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import org.kohsuke.stapler.export.ExportedBean;

// stand-in: jenkins-core hudson.model.Actionable (addOrReplaceAction(Action), which the plugin calls on a FlowNode;
// its superclass AbstractModelObject, its interface ModelObjectWithContextMenu and its other members, addAction
// among them, left out)
@ExportedBean
public abstract class Actionable {

    @SuppressWarnings("ConstantConditions")
    public boolean addOrReplaceAction(@NonNull Action a) {
        return StandIn.unsupported();
    }
}
