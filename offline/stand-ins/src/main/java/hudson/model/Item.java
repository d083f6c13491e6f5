package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;

// stand-in: jenkins-core hudson.model.Item (the members the plugin uses; other supertypes left out)
public interface Item extends AccessControlled {
    Permission CONFIGURE = StandIn.placeholder(Permission.class);
}
