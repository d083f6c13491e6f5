package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core hudson.model.Item (the constant and getFullName, which the plugin uses, and AccessControlled,
// through which it checks permissions; its other interfaces (PersistenceRoot, FullyNamedModelObject,
// SearchableModelObject, FullyNamed,
// Named, OnMaster) and its other members left out)
public interface Item extends AccessControlled {
    Permission CONFIGURE = StandIn.placeholder(Permission.class);

    // upstream also has @Override, for the interfaces left out
    @NonNull
    String getFullName();
}
