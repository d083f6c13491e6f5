package jenkins.model;

import hudson.model.Descriptor;
import hudson.security.AccessControlled;
import hudson.security.Permission;

// stand-in: jenkins-core jenkins.model.Jenkins (the members the plugin calls; AccessControlled comes
// upstream through Node, the other supertypes are left out)
public class Jenkins implements AccessControlled {

    public static final Permission ADMINISTER = null;

    protected Jenkins() {
    }

    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("stand-in");
    }

    public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
        throw new UnsupportedOperationException("stand-in");
    }
}
