package jenkins.tasks;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStep;
import io.jenkins.plugins.cmswebbridge.standins.StandIn;
import java.io.IOException;

// stand-in: jenkins-core jenkins.tasks.SimpleBuildStep (the member the plugin overrides; the deprecated perform
// without EnvVars, the workspace-less perform, requiresWorkspace() and the nested classes left out)
public interface SimpleBuildStep extends BuildStep {
    default void perform(
            @NonNull Run<?, ?> run,
            @NonNull FilePath workspace,
            @NonNull EnvVars env,
            @NonNull Launcher launcher,
            @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        StandIn.fail();
    }
}
