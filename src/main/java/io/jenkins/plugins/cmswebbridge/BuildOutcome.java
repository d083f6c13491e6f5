package io.jenkins.plugins.cmswebbridge;

import io.jenkins.plugins.cmswebbridge.engine.FleetReport;

/**
 * The build result a fleet report calls for, decided without Jenkins: all hosts fine is a success; any
 * host failed, skipped or not run gives the configured result (FAILURE by default, or UNSTABLE); an
 * aborted run is ABORTED. A step never improves a result that is already worse.
 */
public enum BuildOutcome {
    SUCCESS,
    UNSTABLE,
    FAILURE,
    ABORTED;

    public static BuildOutcome of(FleetReport report, RestartParameters.ResultOnFailure onFailure) {
        if (report.isAborted()) {
            return ABORTED;
        }
        if (report.isAllOk()) {
            return SUCCESS;
        }
        return onFailure == RestartParameters.ResultOnFailure.UNSTABLE ? UNSTABLE : FAILURE;
    }
}
