package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import org.kohsuke.stapler.export.ExportedBean;

// stand-in: jenkins-core hudson.model.Actionable (the members the plugin calls; its supertypes
// AbstractModelObject and ModelObjectWithContextMenu left out)
@ExportedBean
public abstract class Actionable {

    @SuppressWarnings("ConstantConditions")
    public void addAction(@NonNull Action a) {
        StandIn.fail();
    }

    @SuppressWarnings("ConstantConditions")
    public boolean addOrReplaceAction(@NonNull Action a) {
        return StandIn.unsupported();
    }
}
