package io.jenkins.plugins.cmswebbridge;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import hudson.model.TaskListener;
import io.jenkins.plugins.cmswebbridge.engine.FleetListener;
import io.jenkins.plugins.cmswebbridge.engine.FleetReport;
import java.io.IOException;
import jenkins.security.MasterToSlaveCallable;

/**
 * Runs a {@link FleetJob} on the node that runs the build, printing to the build's console and telling the
 * controller's progress tracker (an object exported over the channel) which hosts start and finish.
 */
final class RemoteRestart extends MasterToSlaveCallable<FleetReport, IOException> {

    private static final long serialVersionUID = 1L;

    private final FleetJob job;
    private final TaskListener listener;

    @SuppressFBWarnings(
            value = "SE_BAD_FIELD",
            justification =
                    "a remoting proxy of the controller's tracker (VirtualChannel.export), which is serializable")
    private final FleetListener progress;

    /** @param progress the controller's tracker as exported over the channel ({@code VirtualChannel.export}) */
    RemoteRestart(FleetJob job, TaskListener listener, FleetListener progress) {
        this.job = job;
        this.listener = listener;
        this.progress = progress;
    }

    /**
     * Runs in a remoting request thread of the node; the job's own worker threads do the SSH work. Before returning,
     * the console is flushed (the node buffers it) and the interrupt flag that an abort leaves on this thread is
     * cleared, so that remoting can still send the report back on it.
     */
    @Override
    public FleetReport call() throws IOException {
        try {
            return job.run(listener.getLogger(), progress);
        } finally {
            Thread.interrupted(); // first: a flush through remoting on an interrupted thread may fail
            listener.getLogger().flush();
        }
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
