package io.jenkins.plugins.cmswebbridge;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.cmswebbridge.deployments.CmsDeployments;
import io.jenkins.plugins.cmswebbridge.deployments.DeploymentForms;
import io.jenkins.plugins.cmswebbridge.deployments.DeploymentLookup;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.report.ReportModel;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.fields.EngineProblems;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Problem;
import io.jenkins.plugins.cmswebbridge.resolve.SessionReportResolver;
import io.jenkins.plugins.cmswebbridge.resolve.SessionReportResolver.FromMmps;
import io.jenkins.plugins.cmswebbridge.resolve.SessionReportResolver.Resolution;
import io.jenkins.plugins.cmswebbridge.run.BuildAccess;
import io.jenkins.plugins.cmswebbridge.run.RemoteMmpLogFetch;
import io.jenkins.plugins.cmswebbridge.run.RemoteSessionScan;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The pipeline step {@code cmsWebBridgeSessionReport}: reads CMS syslog, either files in the workspace
 * ({@code logs}) or each MMP's own log of a CMS deployment over SFTP ({@code deployment}), on the node that runs the
 * step, prints the session-leak figures and returns them (the session-leak map of {@link ReportModel}). Restarts
 * nothing and takes no host lock.
 */
public class SessionReportStep extends Step {

    // the arguments, all optional (exactly one of logs and deployment is checked when the step runs)
    private String logs;
    private String deployment;
    private String only;
    private String mmpLogFile;

    @DataBoundConstructor
    public SessionReportStep() {}

    /** The step reading files in the workspace, as it was written before it took a deployment. */
    public SessionReportStep(String logs) {
        this.logs = logs;
    }

    /** An Ant-style pattern of CMS syslog files in the workspace; blank when the step reads a deployment's MMPs. */
    public String getLogs() {
        return Fields.orDefault(logs, "");
    }

    @DataBoundSetter
    public void setLogs(String logs) {
        this.logs = logs;
    }

    /**
     * The CMS deployment whose MMPs' own logs are read over SFTP, with its hosts, credentials and host key
     * verification; blank when the step reads files.
     */
    public String getDeployment() {
        return Fields.orDefault(deployment, "");
    }

    @DataBoundSetter
    public void setDeployment(String deployment) {
        this.deployment = deployment;
    }

    /** With a deployment, restricts the read to these of its hosts; blank for every host. */
    public String getOnly() {
        return Fields.orDefault(only, "");
    }

    @DataBoundSetter
    public void setOnly(String only) {
        this.only = only;
    }

    /**
     * With a deployment, the log file to fetch on each MMP; blank for the deployment's, or else
     * {@link io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings#DEFAULT_REMOTE_PATH}.
     */
    public String getMmpLogFile() {
        return Fields.orDefault(mmpLogFile, "");
    }

    @DataBoundSetter
    public void setMmpLogFile(String mmpLogFile) {
        this.mmpLogFile = mmpLogFile;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, getLogs(), getDeployment(), getOnly(), getMmpLogFile());
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        private final String logs;
        private final String deployment;
        private final String only;
        private final String mmpLogFile;

        Execution(StepContext context, String logs, String deployment, String only, String mmpLogFile) {
            super(context);
            this.logs = logs;
            this.deployment = deployment;
            this.only = only;
            this.mmpLogFile = mmpLogFile;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            Resolution resolution = SessionReportResolver.resolve(
                    logs,
                    deployment,
                    only,
                    mmpLogFile,
                    deployment.isBlank() ? DeploymentLookup.none() : CmsDeployments.get());
            if (!resolution.ok()) {
                throw invalid(resolution.problems());
            }
            FilePath workspace = getContext().get(FilePath.class);
            TaskListener listener = getContext().get(TaskListener.class);
            FromMmps mmps = resolution.mmps();
            SessionLeakReport report = mmps == null
                    ? scan(workspace, String.valueOf(resolution.logs()))
                    : fetch(getContext().get(Run.class), workspace, listener, mmps);
            report.lines().forEach(listener.getLogger()::println);
            return ReportModel.sessionLeak(report);
        }

        private static SessionLeakReport scan(FilePath workspace, String pattern)
                throws IOException, InterruptedException {
            try {
                return workspace.getChannel().call(new RemoteSessionScan(workspace.getRemote(), pattern));
            } catch (InterruptedIOException e) {
                throw new InterruptedException(e.getMessage());
            } catch (RemoteSessionScan.LogsProblem e) {
                throw new AbortException(EngineProblems.text(e.getProblem().inField("logs")));
            } // any other IOException is the channel's (a lost agent): it goes up as it is, not blamed on 'logs'
        }

        /**
         * Reads the MMPs' logs on the node that holds the workspace, with the deployment's credentials as this build
         * sees them and its host key verification, under the same rule as a restart for a known hosts file read on
         * the controller. The controller's copy of the secrets is wiped when the node has answered.
         */
        private static SessionLeakReport fetch(Run<?, ?> run, FilePath workspace, TaskListener listener, FromMmps mmps)
                throws IOException, InterruptedException {
            Problem knownHostsFile = BuildAccess.knownHostsFileProblem(
                    !workspace.isRemote(), mmps.target().strategy());
            if (knownHostsFile != null) {
                throw invalid(List.of(knownHostsFile));
            }
            SshCredentials login = BuildAccess.mmpLogin(run, mmps.target().credentialsId());
            try {
                listener.getLogger()
                        .println(Messages.SessionReport_Fetching(
                                mmps.settings().getRemotePath(),
                                mmps.target().hosts().size(),
                                mmps.deployment(),
                                mmps.target().verifier().toString()));
                return workspace
                        .getChannel()
                        .call(new RemoteMmpLogFetch(
                                mmps.target().hosts(), login, mmps.target().verifier(), mmps.settings()))
                        .getReport();
            } catch (InterruptedIOException e) {
                throw new InterruptedException(e.getMessage());
            } catch (RemoteMmpLogFetch.HostKeysProblem e) {
                throw new AbortException(EngineProblems.text(e.getProblem().inField("hostKeyVerification")));
            } finally {
                login.destroy();
            }
        }

        private static AbortException invalid(List<Problem> problems) {
            return new AbortException(Messages.SessionReport_InvalidConfiguration(
                    problems.stream().map(Problem::toString).collect(Collectors.joining("\n"))));
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
            return Set.of(Run.class, FilePath.class, TaskListener.class);
        }

        /** Blank is fine here: the step may read a deployment instead; the run checks that exactly one is given. */
        public FormValidation doCheckLogs(@QueryParameter String value) {
            if (value == null || value.isBlank()) {
                return FormValidation.ok();
            }
            String problem = Fields.logs(value).problem();
            return problem == null ? FormValidation.ok() : FormValidation.error("logs: " + problem);
        }

        @POST
        public FormValidation doCheckOnly(
                @AncestorInPath Item item, @QueryParameter String value, @QueryParameter String deployment) {
            return DeploymentForms.checkOnly(item, value, deployment, "", "");
        }

        public FormValidation doCheckMmpLogFile(@QueryParameter String value) {
            return Fields.mmpLogFile(value, RestartSettings.DEFAULT_CONNECT_TIMEOUT)
                    .form();
        }

        /** The deployments, after a first, empty choice (none); only for a user who may configure the job. */
        @POST
        public ListBoxModel doFillDeploymentItems(@AncestorInPath Item item, @QueryParameter String deployment) {
            return DeploymentForms.deploymentItems(item, deployment, Messages.SessionReport_NoDeployment());
        }
    }
}
