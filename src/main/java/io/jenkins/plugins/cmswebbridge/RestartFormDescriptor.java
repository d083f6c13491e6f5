package io.jenkins.plugins.cmswebbridge;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.cmswebbridge.deployments.DeploymentForms;
import io.jenkins.plugins.cmswebbridge.engine.report.RestartLogWriter;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.forms.FormSupport;
import io.jenkins.plugins.cmswebbridge.forms.MmpFields;
import io.jenkins.plugins.cmswebbridge.forms.TestConnection;
import io.jenkins.plugins.cmswebbridge.hostkey.ConnectionTester;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;
import java.util.function.UnaryOperator;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The descriptor of the build step {@link RestartCmsWebBridgesBuilder}, and the form of both restart steps: the
 * pipeline step's form includes the build step's, with this descriptor for its checks, drop-downs and defaults.
 * Every check goes through the per-field resolvers of {@link Fields}, as the run does.
 *
 * <p>Its first symbol is the build step's name in Job DSL and on the Pipeline Syntax pages, which list a build step
 * under its first symbol and would hide the pipeline step {@code restartCmsWebBridges} behind one of that name. The
 * second keeps the Job DSL scripts written before working.
 */
@Extension
@Symbol({"restartCmsWebBridgesBuilder", "restartCmsWebBridges"})
public class RestartFormDescriptor extends BuildStepDescriptor<Builder> implements ConnectionTester, MmpFields {

    public RestartFormDescriptor() {
        super(RestartCmsWebBridgesBuilder.class);
    }

    @Override
    public boolean isApplicable(Class<? extends AbstractProject> jobType) {
        return true;
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.Builder_DisplayName();
    }

    /**
     * The test behind each host key strategy's "Test connection" button (see {@link FormSupport#testConnection}), the
     * strategy's form giving the step's fields: in a step that names a deployment, the hosts, credentials, port and
     * service the step leaves empty are the deployment's.
     */
    @Override
    public FormValidation test(
            @CheckForNull Item item, UnaryOperator<String> form, HostKeyVerificationStrategy strategy) {
        UnaryOperator<String> field = DeploymentForms.withDeployment(item, form);
        TestConnection.Form test = new TestConnection.Form(
                field.apply("hosts"),
                field.apply("defaultPort"),
                field.apply("service"),
                field.apply("connectTimeout"));
        return FormSupport.testConnection(
                item, test, field.apply("credentialsId"), strategy.readsFiles(), strategy::createVerifier);
    }

    public String getDefaultLogFileName() {
        return RestartLogWriter.DEFAULT_FILE_NAME;
    }

    public FormValidation doCheckConnectTimeout(@QueryParameter String value) {
        return Fields.formNumber(value, n -> Fields.seconds(n, RestartSettings.DEFAULT_CONNECT_TIMEOUT));
    }

    public FormValidation doCheckCommandTimeout(@QueryParameter String value) {
        return Fields.formNumber(value, n -> Fields.seconds(n, RestartSettings.DEFAULT_COMMAND_TIMEOUT));
    }

    public FormValidation doCheckRetries(@QueryParameter String value) {
        return Fields.formNumber(value, Fields::retries);
    }

    public FormValidation doCheckParallelism(@QueryParameter String value) {
        return Fields.formNumber(value, Fields::parallelism);
    }

    public FormValidation doCheckLockWaitMinutes(@QueryParameter String value) {
        return Fields.formNumber(value, Fields::lockWaitMinutes);
    }

    public FormValidation doCheckLogFileName(@QueryParameter String value) {
        return Fields.logFileName(value).form();
    }

    public ListBoxModel doFillServiceItems() {
        return FormSupport.serviceItemsWithDefault();
    }

    /** The deployments, after a first, empty choice (none); only for a user who may configure the job. */
    @POST
    public ListBoxModel doFillDeploymentItems(@AncestorInPath Item item, @QueryParameter String deployment) {
        return DeploymentForms.deploymentItems(item, deployment);
    }

    @POST
    public FormValidation doCheckOnly(
            @AncestorInPath Item item,
            @QueryParameter String value,
            @QueryParameter String deployment,
            @QueryParameter String hosts,
            @QueryParameter String defaultPort) {
        return DeploymentForms.checkOnly(item, value, deployment, hosts, defaultPort);
    }

    public ListBoxModel doFillResultOnFailureItems() {
        return FormSupport.resultOnFailureItems();
    }
}
