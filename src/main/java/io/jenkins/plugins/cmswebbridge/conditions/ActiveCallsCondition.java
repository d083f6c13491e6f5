package io.jenkins.plugins.cmswebbridge.conditions;

import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.fields.Stored;
import io.jenkins.plugins.cmswebbridge.forms.FormSupport;
import java.io.Serializable;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * "Check for active calls first": before restarting, ask every call bridge's REST API how many call legs
 * are active, and skip, wait or fail while there are more than allowed. Plain configuration, as typed; the resolve
 * step checks it, and the engine's {@code ActiveCallsSettings} asks the call bridges and decides.
 */
public class ActiveCallsCondition implements Describable<ActiveCallsCondition>, Serializable {

    private static final long serialVersionUID = 1L;

    /** What to do when calls are still active after the wait. */
    public enum WhenBusy {
        /** Restart nothing; the build result is not touched. */
        SKIP,
        /** Restart nothing; the build gets the configured result on failure. */
        FAIL
    }

    private final String apis;
    private final String credentialsId;
    private Integer maxCallLegs;
    private Integer waitMinutes;
    private String whenBusy;
    private String customCa;
    private Integer requestTimeout;

    @DataBoundConstructor
    public ActiveCallsCondition(String apis, String credentialsId) {
        this.apis = Stored.text(apis);
        this.credentialsId = Stored.trimmed(credentialsId);
    }

    public String getApis() {
        return apis;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    /** The most call legs that may be active over all call bridges for the restart to go ahead (default 0). */
    public Integer getMaxCallLegs() {
        return maxCallLegs;
    }

    @DataBoundSetter
    public void setMaxCallLegs(Integer maxCallLegs) {
        this.maxCallLegs = Fields.unset(maxCallLegs) ? null : maxCallLegs;
    }

    public Integer getWaitMinutes() {
        return waitMinutes;
    }

    @DataBoundSetter
    public void setWaitMinutes(Integer waitMinutes) {
        this.waitMinutes = Fields.unset(waitMinutes) ? null : waitMinutes;
    }

    public String getWhenBusy() {
        return whenBusy == null ? WhenBusy.SKIP.name() : whenBusy;
    }

    @DataBoundSetter
    public void setWhenBusy(String whenBusy) {
        this.whenBusy = whenBusy == null || whenBusy.isBlank() ? null : whenBusy.trim();
    }

    /** PEM certificates trusted in addition to the JDK's, for call bridges with an internal CA. */
    public String getCustomCa() {
        return Stored.text(customCa);
    }

    @DataBoundSetter
    public void setCustomCa(String customCa) {
        this.customCa = customCa == null || customCa.isBlank() ? null : customCa.trim();
    }

    /** Seconds allowed for one API request, its answer included; {@code null} or 0 for the default (30). */
    public Integer getRequestTimeout() {
        return requestTimeout;
    }

    @DataBoundSetter
    public void setRequestTimeout(Integer requestTimeout) {
        this.requestTimeout = Fields.unset(requestTimeout) ? null : requestTimeout;
    }

    /**
     * This condition with a deployment's API settings where it has none of its own: the addresses, the credentials
     * and the custom CA each come from here when set, from the deployment otherwise.
     */
    public ActiveCallsCondition withDefaults(
            String deploymentApis, String deploymentCredentialsId, String deploymentCa) {
        ActiveCallsCondition merged = new ActiveCallsCondition(
                apis.isBlank() ? deploymentApis : apis,
                credentialsId.isBlank() ? deploymentCredentialsId : credentialsId);
        merged.maxCallLegs = maxCallLegs;
        merged.waitMinutes = waitMinutes;
        merged.whenBusy = whenBusy;
        merged.requestTimeout = requestTimeout;
        merged.setCustomCa(customCa == null ? deploymentCa : customCa);
        return merged;
    }

    @Extension
    @Symbol("activeCalls")
    public static class DescriptorImpl extends Descriptor<ActiveCallsCondition> {

        @Override
        public String getDisplayName() {
            return Messages.ActiveCallsCondition_DisplayName();
        }

        public FormValidation doCheckApis(@QueryParameter String value) {
            if (value != null && value.contains("${")) {
                return FormValidation.warning(Messages.Form_ApisVariables());
            }
            return Fields.apis(value).form();
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return FormSupport.fillApiCredentialsIdItems(item, credentialsId);
        }

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            return FormSupport.checkApiCredentialsId(item, value);
        }

        public FormValidation doCheckMaxCallLegs(@QueryParameter String value) {
            return Fields.formNumber(value, Fields::maxCallLegs);
        }

        public FormValidation doCheckWaitMinutes(@QueryParameter String value) {
            return Fields.formNumber(value, Fields::waitMinutes);
        }

        public FormValidation doCheckRequestTimeout(@QueryParameter String value) {
            return Fields.formNumber(value, Fields::requestTimeout);
        }

        public FormValidation doCheckCustomCa(@QueryParameter String value) {
            return Fields.customCa(value).form();
        }

        public ListBoxModel doFillWhenBusyItems() {
            ListBoxModel items = new ListBoxModel();
            items.add(Messages.WhenBusy_Skip(), WhenBusy.SKIP.name());
            items.add(Messages.WhenBusy_Fail(), WhenBusy.FAIL.name());
            return items;
        }
    }
}
