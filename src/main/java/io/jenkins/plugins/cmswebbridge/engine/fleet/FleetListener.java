package io.jenkins.plugins.cmswebbridge.engine.fleet;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import java.time.Duration;

/**
 * Progress of a fleet run. Calls come from the runner's worker threads, one at a time (the runner
 * serialises them), so an implementation may print without its own locking.
 */
public interface FleetListener {

    FleetListener NONE = new FleetListener() {};

    /** Something the administrator should know, e.g. host key verification is off. */
    default void warning(String message) {}

    /** Work on a host begins: its first connection attempt is about to be made. */
    default void hostStarted(HostAddress host) {}

    /** An attempt failed and will be retried after {@code wait}. */
    default void retrying(HostAddress host, int failedAttempt, String reason, Duration wait) {}

    /** A host is done; {@code done} of {@code total} hosts are done now. */
    default void hostFinished(HostReport report, int done, int total) {}

    /**
     * The whole run is done, with this report. Told by whoever runs the job on another node (not by the runner), so
     * that the report still reaches the controller when the call that runs the job was cancelled by an abort.
     */
    default void runFinished(RunReport report) {}
}
