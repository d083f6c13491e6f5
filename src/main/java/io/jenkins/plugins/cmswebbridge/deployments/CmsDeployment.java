package io.jenkins.plugins.cmswebbridge.deployments;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.fields.Stored;
import io.jenkins.plugins.cmswebbridge.forms.FormSupport;
import io.jenkins.plugins.cmswebbridge.forms.MmpFields;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One CMS deployment as the administrator defines it once in Manage Jenkins → System: its MMPs, how to reach and
 * trust them, and optionally its call bridges' API. Plain configuration, as typed; a run that names the deployment
 * takes from it what its own step leaves unset ({@code DeploymentOverlay}), and the resolve step checks the result
 * as it checks a step's own values.
 */
public class CmsDeployment implements Describable<CmsDeployment> {

    private final String name;
    private String hosts = "";
    private Integer defaultPort;
    private String credentialsId = "";
    private HostKeyVerificationStrategy hostKeyVerification;
    private String service;
    private String apis = "";
    private String apiCredentialsId = "";
    private String customCa = "";
    private String mmpLogFile = "";

    @DataBoundConstructor
    public CmsDeployment(String name) {
        this.name = Stored.trimmed(name);
    }

    public String getName() {
        return name;
    }

    public String getHosts() {
        return hosts;
    }

    @DataBoundSetter
    public void setHosts(String hosts) {
        this.hosts = Stored.text(hosts);
    }

    @CheckForNull
    public Integer getDefaultPort() {
        return defaultPort;
    }

    @DataBoundSetter
    public void setDefaultPort(Integer defaultPort) {
        this.defaultPort = Fields.unset(defaultPort) ? null : defaultPort;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Stored.trimmed(credentialsId);
    }

    /** The host key strategy; {@code null} for the default (the known_hosts file of the node's user). */
    @CheckForNull
    public HostKeyVerificationStrategy getHostKeyVerification() {
        return hostKeyVerification;
    }

    @DataBoundSetter
    public void setHostKeyVerification(HostKeyVerificationStrategy hostKeyVerification) {
        this.hostKeyVerification = hostKeyVerification;
    }

    /** {@code webbridge} or {@code webbridge3}; blank for the default ({@code webbridge}). */
    public String getService() {
        return Stored.text(service);
    }

    @DataBoundSetter
    public void setService(String service) {
        this.service = service;
    }

    /** The call bridges' API addresses, for the active-calls condition of the runs that use this deployment. */
    public String getApis() {
        return apis;
    }

    @DataBoundSetter
    public void setApis(String apis) {
        this.apis = Stored.text(apis);
    }

    public String getApiCredentialsId() {
        return apiCredentialsId;
    }

    @DataBoundSetter
    public void setApiCredentialsId(String apiCredentialsId) {
        this.apiCredentialsId = Stored.trimmed(apiCredentialsId);
    }

    public String getCustomCa() {
        return customCa;
    }

    @DataBoundSetter
    public void setCustomCa(String customCa) {
        this.customCa = Stored.text(customCa);
    }

    /**
     * The log file on the MMPs that a session-leak condition reading from the MMPs fetches over SFTP; blank for the
     * default.
     */
    public String getMmpLogFile() {
        return mmpLogFile;
    }

    @DataBoundSetter
    public void setMmpLogFile(String mmpLogFile) {
        this.mmpLogFile = Stored.trimmed(mmpLogFile);
    }

    /**
     * The deployment's form. Every check is {@code @POST} or reads nothing but its value, and those that list or read
     * credentials answer only an administrator (outside a job, {@link FormSupport} asks for Overall/Administer).
     */
    @Extension
    public static class DescriptorImpl extends Descriptor<CmsDeployment> implements MmpFields {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.CmsDeployment_DisplayName();
        }

        public FormValidation doCheckName(@QueryParameter String value) {
            return DeploymentLookup.checkName(value).form();
        }

        public ListBoxModel doFillServiceItems() {
            return FormSupport.serviceItems();
        }

        public FormValidation doCheckApis(@QueryParameter String value) {
            return value == null || value.isBlank()
                    ? FormValidation.ok()
                    : Fields.apis(value).form();
        }

        @POST
        public ListBoxModel doFillApiCredentialsIdItems(
                @AncestorInPath Item item, @QueryParameter String apiCredentialsId) {
            return FormSupport.fillApiCredentialsIdItems(item, apiCredentialsId);
        }

        @POST
        public FormValidation doCheckApiCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            return value == null || value.isBlank()
                    ? FormValidation.ok()
                    : FormSupport.checkApiCredentialsId(item, value);
        }

        public FormValidation doCheckMmpLogFile(@QueryParameter String value) {
            return Fields.mmpLogFile(value, RestartSettings.DEFAULT_CONNECT_TIMEOUT)
                    .form();
        }

        public String getDefaultMmpLogFile() {
            return MmpLogSettings.DEFAULT_REMOTE_PATH;
        }

        public FormValidation doCheckCustomCa(@QueryParameter String value) {
            return Fields.customCa(value).form();
        }
    }
}
