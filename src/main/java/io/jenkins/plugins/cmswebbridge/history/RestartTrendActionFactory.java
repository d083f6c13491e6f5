package io.jenkins.plugins.cmswebbridge.history;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/**
 * Adds the restart trend chart ({@link RestartTrendAction}) to every job, freestyle or pipeline, whose last completed
 * build, or else last successful build, recorded a restart.
 *
 * <p>Not {@code SimpleBuildStep.LastBuildAction}: core's factory for it looks only at the last successful build
 * (SUCCESS or UNSTABLE), so a job whose restarts fail the build, the default result on failure, would lose its chart
 * exactly when it matters. Not the builder's project actions either: those exist for freestyle jobs only. Both
 * permalinks are cached by core, and {@link #actionType()} keeps the factory out of lookups for other actions.
 */
@Extension
@SuppressWarnings("rawtypes")
public final class RestartTrendActionFactory extends TransientActionFactory<Job> {

    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @Override
    public Class<? extends Action> actionType() {
        return RestartTrendAction.class;
    }

    @NonNull
    @Override
    public Collection<? extends Action> createFor(@NonNull Job target) {
        Job<?, ?> job = target;
        if (recordedARestart(job.getLastCompletedBuild()) || recordedARestart(job.getLastSuccessfulBuild())) {
            return List.of(new RestartTrendAction(job));
        }
        return List.of();
    }

    private static boolean recordedARestart(@CheckForNull Run<?, ?> run) {
        return run != null && run.getAction(RestartReportAction.class) != null;
    }
}
