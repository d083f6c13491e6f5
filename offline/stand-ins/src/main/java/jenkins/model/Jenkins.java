package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Descriptor;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import org.kohsuke.stapler.export.ExportedBean;

// stand-in: jenkins-core jenkins.model.Jenkins (the members the plugin calls, and AccessControlled, through which it
// checks permissions; its superclass AbstractCIBase, its other interfaces (DirectlyModifiableTopLevelItemGroup,
// StaplerProxy, StaplerFallback, ModifiableViewGroup, DescriptorByNameOwner, ModelObjectWithContextMenu,
// ModelObjectWithChildren, OnMaster, Loadable) and its other members left out)
@ExportedBean
public class Jenkins implements AccessControlled {

    public static final Permission ADMINISTER = StandIn.placeholder(Permission.class);

    // upstream's constructors are protected and take the root directory and the servlet context
    protected Jenkins() {
        StandIn.fail();
    }

    @NonNull
    public static Jenkins get() throws IllegalStateException {
        return StandIn.unsupported();
    }

    public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
        return StandIn.unsupported();
    }
}
