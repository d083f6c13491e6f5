package io.jenkins.plugins.cmswebbridge.run;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Result;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.fields.ResultOnFailure;

/**
 * The build result a fleet report calls for: all hosts fine is a success; any host failed, skipped or not run gives
 * the configured result (FAILURE by default, or UNSTABLE); an aborted run is ABORTED. A step never improves a result
 * that is already worse.
 */
public enum BuildResult {
    SUCCESS,
    UNSTABLE,
    FAILURE,
    ABORTED;

    public static BuildResult of(RunReport report, ResultOnFailure onFailure) {
        if (report.aborted()) {
            return ABORTED;
        }
        if (report.allOk()) {
            return SUCCESS;
        }
        return onFailure == ResultOnFailure.UNSTABLE ? UNSTABLE : FAILURE;
    }

    /**
     * The result the step sets: UNSTABLE or FAILURE; {@code null} when it leaves the result alone (an abort is set
     * by Jenkins itself).
     */
    @CheckForNull
    public Result buildResult() {
        return switch (this) {
            case UNSTABLE -> Result.UNSTABLE;
            case FAILURE -> Result.FAILURE;
            case SUCCESS, ABORTED -> null;
        };
    }
}
