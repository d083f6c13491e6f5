package io.jenkins.plugins.cmswebbridge;

import hudson.model.TaskListener;
import io.jenkins.plugins.cmswebbridge.engine.FleetReport;
import java.io.IOException;
import jenkins.security.MasterToSlaveCallable;

/** Runs a {@link FleetJob} on the node that runs the build, printing to the build's console. */
final class RemoteRestart extends MasterToSlaveCallable<FleetReport, IOException> {

    private static final long serialVersionUID = 1L;

    private final FleetJob job;
    private final TaskListener listener;

    RemoteRestart(FleetJob job, TaskListener listener) {
        this.job = job;
        this.listener = listener;
    }

    @Override
    public FleetReport call() throws IOException {
        return job.run(listener.getLogger());
    }

    /** Aborts the job with this id on the node: the runner closes its connections and returns its report. */
    static final class Abort extends MasterToSlaveCallable<Boolean, RuntimeException> {

        private static final long serialVersionUID = 1L;

        private final String jobId;

        Abort(String jobId) {
            this.jobId = jobId;
        }

        @Override
        public Boolean call() {
            return FleetJob.abort(jobId);
        }
    }
}
