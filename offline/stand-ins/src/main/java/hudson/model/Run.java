package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.XStream2;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.io.IOException;
import jenkins.model.ArtifactManager;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

// stand-in: jenkins-core hudson.model.Run (the members the plugin calls, getParent among them, and XSTREAM2, whose
// upstream value is XSTREAM
// cast to XStream2 (XSTREAM left out), and one of the protected constructors, so that
// Java adds no public one; its interfaces (ExtensionPoint, Comparable, AccessControlled, PersistenceRoot,
// DescriptorByNameOwner, OnMaster, StaplerProxy, HistoricalBuild, WithConsoleUrl), its other constructors and its other
// members left out; addAction overrides Actionable's, which is left out there; getDisplayName and getNumber lack
// upstream's @Override, since the interfaces that declare them (ModelObject through HistoricalBuild) are left out)
@ExportedBean
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable {

    public static final XStream2 XSTREAM2 = StandIn.placeholder(XStream2.class);

    protected Run(@NonNull JobT job) throws IOException {
        StandIn.fail();
    }

    public @NonNull JobT getParent() {
        return StandIn.unsupported();
    }

    @Exported
    public String getFullDisplayName() {
        return StandIn.unsupported();
    }

    @Exported
    public String getDisplayName() {
        return StandIn.unsupported();
    }

    @Exported(visibility = 2)
    public int getNumber() {
        return StandIn.unsupported();
    }

    public final @CheckForNull RunT getPreviousCompletedBuild() {
        return StandIn.unsupported();
    }

    public void addAction(@NonNull Action a) {
        StandIn.fail();
    }

    public void setResult(@NonNull Result r) {
        StandIn.fail();
    }

    public final synchronized @NonNull ArtifactManager pickArtifactManager() throws IOException {
        return StandIn.unsupported();
    }
}
