package io.jenkins.plugins.cmswebbridge.run;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.cmswebbridge.engine.report.ReportModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * The execution of the pipeline step {@code restartCmsWebBridges}: runs {@link RestartRun} in the step's own thread,
 * returns the per-host maps, marks the flow node with a {@link WarningAction} when the result is UNSTABLE or FAILURE,
 * and on abort lets the run record its report before the step fails.
 */
public final class RestartStepExecution extends SynchronousNonBlockingStepExecution<List<Map<String, Object>>> {

    private static final long serialVersionUID = 1L;

    private static final Logger LOGGER = Logger.getLogger(RestartStepExecution.class.getName());

    /** How long an aborted step may take to record its report before it is failed all the same. */
    static final long STOP_GRACE_SECONDS = RestartRun.ABORT_GRACE_SECONDS + 30;

    private final transient RestartRun execution;
    private transient volatile Thread runner;
    private transient volatile Throwable stopCause;
    private transient volatile boolean finished;

    public RestartStepExecution(StepContext context, RestartRun execution) {
        super(context);
        this.execution = execution;
    }

    @Override
    protected List<Map<String, Object>> run() throws Exception {
        runner = Thread.currentThread();
        try {
            StepContext context = getContext();
            Run<?, ?> run = context.get(Run.class);
            TaskListener listener = context.get(TaskListener.class);
            Launcher launcher = context.get(Launcher.class);
            FilePath workspace = context.get(FilePath.class);
            RestartRun.Finished finished;
            try {
                finished = execution.run(run, workspace, launcher, listener);
            } catch (InterruptedException e) {
                // aborted: the report of what was done is recorded by now; the step ends with the abort's cause
                if (stopCause instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
            Result result = finished.result().buildResult();
            FlowNode node = context.get(FlowNode.class);
            if (result != null && node != null) {
                // as junit does: without it the stage of this step shows green in the pipeline views
                node.addOrReplaceAction(
                        new WarningAction(result).withMessage(finished.report().summary()));
            }
            return ReportModel.hosts(finished.report(), ReportModel.Detail.SUMMARY);
        } finally {
            finished = true;
            runner = null;
        }
    }

    /**
     * An abort interrupts the restart and lets it record what it did (closing the connections, archiving the log
     * and the report, the build page table) before the step fails with the abort's cause. The default would fail
     * the step at once, and the build could end before the record is made. If the restart does not come back
     * within {@value #STOP_GRACE_SECONDS} s, the step fails all the same.
     */
    @Override
    public void stop(@NonNull Throwable cause) throws Exception {
        Thread thread = runner;
        if (thread == null) {
            super.stop(cause);
            return;
        }
        stopCause = cause;
        thread.interrupt();
        CompletableFuture.delayedExecutor(STOP_GRACE_SECONDS, TimeUnit.SECONDS).execute(() -> {
            if (!finished) {
                try {
                    RestartStepExecution.super.stop(cause);
                } catch (Exception e) {
                    LOGGER.log(Level.WARNING, "could not stop the restart step", e);
                }
            }
        });
    }
}
