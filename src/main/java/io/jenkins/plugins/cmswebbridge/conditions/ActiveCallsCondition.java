package io.jenkins.plugins.cmswebbridge.conditions;

import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.cmswebbridge.FormSupport;
import io.jenkins.plugins.cmswebbridge.Messages;
import io.jenkins.plugins.cmswebbridge.RestartParameters;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsSettings;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * "Check for active calls first": before restarting, ask every call bridge's REST API how many call legs
 * are active, and skip, wait or fail while there are more than allowed. Plain configuration; the API
 * calls and the decision are the engine's {@link ActiveCallsSettings}.
 */
public class ActiveCallsCondition implements Describable<ActiveCallsCondition>, Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_CALL_LEGS = 100_000;
    public static final int MAX_WAIT_MINUTES = 1440;

    /** What to do when calls are still active after the wait. */
    public enum WhenBusy {
        /** Restart nothing; the build result is not touched. */
        SKIP,
        /** Restart nothing; the build gets the configured result on failure. */
        FAIL;

        /** @throws IllegalArgumentException naming the field */
        public static WhenBusy parse(String value) {
            if (value == null || value.isBlank()) {
                return SKIP;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "activeCalls.whenBusy: '" + value + "' is not a choice; use 'SKIP' or 'FAIL'", e);
            }
        }
    }

    private final String apis;
    private final String credentialsId;
    private Integer maxCallLegs;
    private Integer waitMinutes;
    private String whenBusy;
    private String customCa;

    @DataBoundConstructor
    public ActiveCallsCondition(String apis, String credentialsId) {
        this.apis = apis == null ? "" : apis;
        this.credentialsId = credentialsId == null ? "" : credentialsId.trim();
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
        this.maxCallLegs = maxCallLegs == null || maxCallLegs == 0 ? null : maxCallLegs;
    }

    public Integer getWaitMinutes() {
        return waitMinutes;
    }

    @DataBoundSetter
    public void setWaitMinutes(Integer waitMinutes) {
        this.waitMinutes = waitMinutes == null || waitMinutes == 0 ? null : waitMinutes;
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
        return customCa == null ? "" : customCa;
    }

    @DataBoundSetter
    public void setCustomCa(String customCa) {
        this.customCa = customCa == null || customCa.isBlank() ? null : customCa.trim();
    }

    /** Every problem, each naming its field; empty when it can run. Checked before any connection. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Checks.add(problems, ActiveCallsSettings.checkApis(apis));
        if (credentialsId.isEmpty()) {
            problems.add(Messages.Form_ApiCredentialsRequired());
        }
        Checks.add(
                problems,
                RestartParameters.checkNumber("activeCalls.maxCallLegs", Checks.text(maxCallLegs), 0, MAX_CALL_LEGS));
        Checks.add(
                problems,
                RestartParameters.checkNumber(
                        "activeCalls.waitMinutes", Checks.text(waitMinutes), 0, MAX_WAIT_MINUTES));
        try {
            WhenBusy.parse(whenBusy);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        Checks.add(problems, ActiveCallsSettings.checkCustomCa(customCa));
        return problems;
    }

    /**
     * The engine's gate, with the API user's name and password.
     *
     * @throws IllegalArgumentException with every problem, each naming its field
     */
    public ActiveCallsSettings toGate(
            String username, char[] password, int connectTimeoutSeconds, int requestTimeoutSeconds) {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new ActiveCallsSettings(
                apis,
                customCa,
                username,
                password,
                maxCallLegs == null ? 0 : maxCallLegs,
                waitMinutes == null ? 0 : waitMinutes,
                WhenBusy.parse(whenBusy) == WhenBusy.FAIL,
                connectTimeoutSeconds,
                requestTimeoutSeconds);
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
            String problem = ActiveCallsSettings.checkApis(value == null ? "" : value);
            return problem == null ? FormValidation.ok() : FormValidation.error(problem);
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
            return FormSupport.checkNumber("activeCalls.maxCallLegs", value, 0, MAX_CALL_LEGS);
        }

        public FormValidation doCheckWaitMinutes(@QueryParameter String value) {
            return FormSupport.checkNumber("activeCalls.waitMinutes", value, 0, MAX_WAIT_MINUTES);
        }

        public FormValidation doCheckCustomCa(@QueryParameter String value) {
            String problem = ActiveCallsSettings.checkCustomCa(value);
            return problem == null ? FormValidation.ok() : FormValidation.error(problem);
        }

        public ListBoxModel doFillWhenBusyItems() {
            ListBoxModel items = new ListBoxModel();
            items.add(Messages.WhenBusy_Skip(), WhenBusy.SKIP.name());
            items.add(Messages.WhenBusy_Fail(), WhenBusy.FAIL.name());
            return items;
        }
    }
}
