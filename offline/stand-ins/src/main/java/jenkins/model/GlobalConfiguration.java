package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

// stand-in: jenkins-core jenkins.model.GlobalConfiguration (its constructor, getDescriptor(),
// configure(StaplerRequest2,
// JSONObject) and all(); the deprecated configure(StaplerRequest, JSONObject) and getGlobalConfigPage() left out)
public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration>
        implements ExtensionPoint, Describable<GlobalConfiguration> {

    protected GlobalConfiguration() {}

    public final Descriptor<GlobalConfiguration> getDescriptor() {
        return this;
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        return StandIn.unsupported();
    }

    public static @NonNull ExtensionList<GlobalConfiguration> all() {
        return StandIn.unsupported();
    }
}
