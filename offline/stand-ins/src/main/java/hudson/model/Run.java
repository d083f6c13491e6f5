package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.io.IOException;
import jenkins.model.ArtifactManager;

// stand-in: jenkins-core hudson.model.Run (the members the plugin calls; its interfaces left out)
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable {

    @Override
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
