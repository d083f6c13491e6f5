package io.jenkins.plugins.cmswebbridge;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.cmswebbridge.engine.ReportModel;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;

/**
 * The pipeline step {@code cmsWebBridgeSessionReport}: reads CMS syslog files in the workspace (on the node
 * that holds it), prints the session-leak figures and returns them (the session-leak map of {@link ReportModel}).
 * Restarts nothing.
 */
public class SessionReportStep extends Step {

    private final String logs;

    @DataBoundConstructor
    public SessionReportStep(String logs) {
        this.logs = logs == null ? "" : logs.trim();
    }

    public String getLogs() {
        return logs;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, logs);
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        private final String logs;

        Execution(StepContext context, String logs) {
            super(context);
            this.logs = logs;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            String problem = SessionLeakSettings.checkPattern(logs);
            if (problem != null) {
                throw new AbortException("logs: " + problem);
            }
            FilePath workspace = getContext().get(FilePath.class);
            TaskListener listener = getContext().get(TaskListener.class);
            SessionLeakReport report;
            try {
                report = workspace.getChannel().call(new RemoteSessionScan(workspace.getRemote(), logs));
            } catch (InterruptedIOException e) {
                throw new InterruptedException(e.getMessage());
            } catch (RemoteSessionScan.LogsProblem e) {
                throw new AbortException("logs: " + e.getMessage());
            } // any other IOException is the channel's (a lost agent): it goes up as it is, not blamed on 'logs'

            report.lines().forEach(listener.getLogger()::println);
            return ReportModel.sessionLeak(report, null);
        }
    }

    @Extension
    public static class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "cmsWebBridgeSessionReport";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.SessionReportStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(FilePath.class, TaskListener.class);
        }

        public FormValidation doCheckLogs(@QueryParameter String value) {
            String problem = SessionLeakSettings.checkPattern(value == null ? "" : value.trim());
            return problem == null ? FormValidation.ok() : FormValidation.error("logs: " + problem);
        }
    }
}
