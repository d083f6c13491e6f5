package io.jenkins.plugins.cmswebbridge;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.engine.FleetReport;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The pipeline step {@code restartCmsWebBridges}: the build step's parameters, the same execution path,
 * and a list of per-host maps as its value (see {@link StepResults}). Inside {@code node} it runs on that
 * node; outside, on the controller.
 */
public class RestartCmsWebBridgesStep extends Step {

    private static final Logger LOGGER = Logger.getLogger(RestartCmsWebBridgesStep.class.getName());

    private final RestartParameters parameters;
    private HostKeyVerificationStrategy hostKeyVerification;
    private SessionLeakCondition sessionLeak;
    private ActiveCallsCondition activeCalls;

    @DataBoundConstructor
    public RestartCmsWebBridgesStep(String hosts, String credentialsId) {
        this.parameters = new RestartParameters(hosts, credentialsId);
    }

    public RestartParameters getParameters() {
        return parameters;
    }

    public String getHosts() {
        return parameters.getHosts();
    }

    public String getCredentialsId() {
        return parameters.getCredentialsId();
    }

    public HostKeyVerificationStrategy getHostKeyVerification() {
        return hostKeyVerification == null ? RestartCmsWebBridgesBuilder.defaultStrategy() : hostKeyVerification;
    }

    @DataBoundSetter
    public void setHostKeyVerification(HostKeyVerificationStrategy hostKeyVerification) {
        this.hostKeyVerification = hostKeyVerification;
    }

    /** Restart only when the session leak reaches a threshold; {@code null} to restart on every run. */
    public SessionLeakCondition getSessionLeak() {
        return sessionLeak;
    }

    @DataBoundSetter
    public void setSessionLeak(SessionLeakCondition sessionLeak) {
        this.sessionLeak = sessionLeak;
    }

    /** Ask the call bridges for active calls before restarting; {@code null} not to ask. */
    public ActiveCallsCondition getActiveCalls() {
        return activeCalls;
    }

    @DataBoundSetter
    public void setActiveCalls(ActiveCallsCondition activeCalls) {
        this.activeCalls = activeCalls;
    }

    public String getService() {
        return parameters.getService();
    }

    @DataBoundSetter
    public void setService(String service) {
        parameters.setService(service);
    }

    public Integer getDefaultPort() {
        return parameters.getDefaultPort();
    }

    @DataBoundSetter
    public void setDefaultPort(Integer defaultPort) {
        parameters.setDefaultPort(defaultPort);
    }

    public Integer getConnectTimeout() {
        return parameters.getConnectTimeout();
    }

    @DataBoundSetter
    public void setConnectTimeout(Integer connectTimeout) {
        parameters.setConnectTimeout(connectTimeout);
    }

    public Integer getCommandTimeout() {
        return parameters.getCommandTimeout();
    }

    @DataBoundSetter
    public void setCommandTimeout(Integer commandTimeout) {
        parameters.setCommandTimeout(commandTimeout);
    }

    public Integer getRetries() {
        return parameters.getRetries();
    }

    @DataBoundSetter
    public void setRetries(Integer retries) {
        parameters.setRetries(retries);
    }

    public Integer getParallelism() {
        return parameters.getParallelism();
    }

    @DataBoundSetter
    public void setParallelism(Integer parallelism) {
        parameters.setParallelism(parallelism);
    }

    public boolean isStopOnFirstFailure() {
        return parameters.isStopOnFirstFailure();
    }

    @DataBoundSetter
    public void setStopOnFirstFailure(boolean stopOnFirstFailure) {
        parameters.setStopOnFirstFailure(stopOnFirstFailure);
    }

    public boolean isVerifyAfterRestart() {
        return parameters.isVerifyAfterRestart();
    }

    @DataBoundSetter
    public void setVerifyAfterRestart(boolean verifyAfterRestart) {
        parameters.setVerifyAfterRestart(verifyAfterRestart);
    }

    public String getResultOnFailure() {
        return parameters.getResultOnFailure();
    }

    @DataBoundSetter
    public void setResultOnFailure(String resultOnFailure) {
        parameters.setResultOnFailure(resultOnFailure);
    }

    public String getLogFileName() {
        return parameters.getLogFileName();
    }

    @DataBoundSetter
    public void setLogFileName(String logFileName) {
        parameters.setLogFileName(logFileName);
    }

    public boolean isDryRun() {
        return parameters.isDryRun();
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        parameters.setDryRun(dryRun);
    }

    public boolean isResendRestart() {
        return parameters.isResendRestart();
    }

    @DataBoundSetter
    public void setResendRestart(boolean resendRestart) {
        parameters.setResendRestart(resendRestart);
    }

    public boolean isAcceptUnconfirmed() {
        return parameters.isAcceptUnconfirmed();
    }

    @DataBoundSetter
    public void setAcceptUnconfirmed(boolean acceptUnconfirmed) {
        parameters.setAcceptUnconfirmed(acceptUnconfirmed);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, new RestartRun(parameters, getHostKeyVerification(), sessionLeak, activeCalls));
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<List<Map<String, Object>>> {

        private static final long serialVersionUID = 1L;

        /** How long an aborted step may take to record its report before it is failed all the same. */
        static final long STOP_GRACE_SECONDS = RestartRun.ABORT_GRACE_SECONDS + 30;

        private final transient RestartRun execution;
        private transient volatile Thread runner;
        private transient volatile Throwable stopCause;
        private transient volatile boolean finished;

        Execution(StepContext context, RestartRun execution) {
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
                FleetReport report;
                try {
                    report = execution.run(run, workspace, launcher, listener);
                } catch (InterruptedException e) {
                    // aborted: the report of what was done is recorded by now; the step ends with the abort's cause
                    if (stopCause instanceof Exception cause) {
                        throw cause;
                    }
                    throw e;
                }
                Result result = RestartRun.buildResult(execution.verdict(report));
                FlowNode node = context.get(FlowNode.class);
                if (result != null && node != null) {
                    // as junit does: without it the stage of this step shows green in the pipeline views
                    node.addOrReplaceAction(new WarningAction(result).withMessage(report.summary()));
                }
                return StepResults.toMaps(report);
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
            CompletableFuture.delayedExecutor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)
                    .execute(() -> {
                        if (!finished) {
                            try {
                                Execution.super.stop(cause);
                            } catch (Exception e) {
                                LOGGER.log(Level.WARNING, "could not stop the restart step", e);
                            }
                        }
                    });
        }
    }

    @Extension
    public static class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "restartCmsWebBridges";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.Builder_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        /**
         * The build step's descriptor: the step's form is the build step's form, with its validation,
         * drop-downs and help.
         */
        public RestartCmsWebBridgesBuilder.DescriptorImpl getBuilderDescriptor() {
            return Jenkins.get().getDescriptorByType(RestartCmsWebBridgesBuilder.DescriptorImpl.class);
        }
    }
}
