package io.jenkins.plugins.cmswebbridge.run;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import hudson.model.TaskListener;
import io.jenkins.plugins.cmswebbridge.engine.fleet.FleetListener;
import io.jenkins.plugins.cmswebbridge.engine.fleet.NodeRun;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import java.io.IOException;
import jenkins.security.MasterToSlaveCallable;

/**
 * Runs a {@link NodeRun} on the node that runs the build, printing to the build's console and telling the
 * controller's progress tracker (an object exported over the channel) which hosts start and finish.
 */
final class RemoteRestart extends MasterToSlaveCallable<RunReport, IOException> {

    private static final long serialVersionUID = 1L;

    private final NodeRun nodeRun;
    private final TaskListener listener;

    @SuppressFBWarnings(
            value = "SE_BAD_FIELD",
            justification =
                    "a remoting proxy of the controller's tracker (VirtualChannel.export), which is serializable")
    private final FleetListener progress;

    /** @param progress the controller's tracker as exported over the channel ({@code VirtualChannel.export}) */
    RemoteRestart(NodeRun nodeRun, TaskListener listener, FleetListener progress) {
        this.nodeRun = nodeRun;
        this.listener = listener;
        this.progress = progress;
    }

    /**
     * Runs in a remoting request thread of the node; the run's own worker threads do the SSH work. An abort on the
     * controller cancels this call, and remoting interrupts this thread: the run then stops and returns what it did.
     * The report goes back twice: to the controller's tracker, which the controller waits on after a cancel (a
     * cancelled call's answer is dropped), and as this call's answer. The interrupt is cleared first, as calls
     * through remoting on an interrupted thread fail.
     */
    @Override
    public RunReport call() throws IOException {
        RunReport report = null;
        try {
            report = nodeRun.run(listener.getLogger(), progress);
            return report;
        } finally {
            Thread.interrupted();
            listener.getLogger().flush();
            if (report != null) {
                tell(report);
            }
        }
    }

    private void tell(RunReport report) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                progress.runFinished(report);
                return;
            } catch (RuntimeException e) {
                Thread.interrupted(); // a cancel that arrived just now; once more, then the controller stops waiting
            }
        }
    }
}
