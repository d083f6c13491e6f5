package jenkins.model;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.BuildListener;
import java.io.IOException;
import java.util.Map;

// stand-in: jenkins-core jenkins.model.ArtifactManager (archive, the member the plugin calls; the abstract onLoad,
// delete and root left out)
public abstract class ArtifactManager {
    public abstract void archive(
            FilePath workspace, Launcher launcher, BuildListener listener, Map<String, String> artifacts)
            throws IOException, InterruptedException;
}
