package io.jenkins.plugins.cmswebbridge.conditions;

import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.cmswebbridge.Messages;
import io.jenkins.plugins.cmswebbridge.RestartParameters;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * "Restart only when sessions leak": before touching any MMP, the restart steps read CMS syslog files from
 * the workspace, compute the leak of Cisco bug CSCvt73723 and restart only when a threshold is reached.
 * Plain configuration; the reading and the decision are the engine's {@link SessionLeakSettings}.
 */
public class SessionLeakCondition implements Describable<SessionLeakCondition>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The highest useful threshold for active sessions: a web bridge refuses guests from 149 on. */
    public static final int MAX_ACTIVE = SessionLeakReport.SESSION_LIMIT;

    public static final int MAX_LEAKED = 100_000;

    private final String logs;
    private Integer minLeaked;
    private Integer minActive;

    @DataBoundConstructor
    public SessionLeakCondition(String logs) {
        this.logs = logs == null ? "" : logs.trim();
    }

    public String getLogs() {
        return logs;
    }

    public Integer getMinLeaked() {
        return minLeaked;
    }

    @DataBoundSetter
    public void setMinLeaked(Integer minLeaked) {
        this.minLeaked = minLeaked == null || minLeaked == 0 ? null : minLeaked;
    }

    public Integer getMinActive() {
        return minActive;
    }

    @DataBoundSetter
    public void setMinActive(Integer minActive) {
        this.minActive = minActive == null || minActive == 0 ? null : minActive;
    }

    /** Every problem, each naming its field; empty when it can run. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        String patternProblem = SessionLeakSettings.checkPattern(logs);
        if (patternProblem != null) {
            problems.add("sessionLeak.logs: " + patternProblem);
        }
        if (minLeaked == null && minActive == null) {
            problems.add("sessionLeak: set minLeaked, minActive or both; without a threshold every run would restart");
        }
        Checks.add(
                problems,
                RestartParameters.checkNumber("sessionLeak.minLeaked", Checks.text(minLeaked), 1, MAX_LEAKED));
        Checks.add(
                problems,
                RestartParameters.checkNumber("sessionLeak.minActive", Checks.text(minActive), 1, MAX_ACTIVE));
        return problems;
    }

    /**
     * The engine's gate, reading the files under {@code workspace} (a path on the node that runs the build).
     *
     * @throws IllegalArgumentException with every problem, each naming its field
     */
    public SessionLeakSettings toGate(String workspace) {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new SessionLeakSettings(workspace, logs, minLeaked, minActive);
    }

    @Extension
    @Symbol("sessionLeak")
    public static class DescriptorImpl extends Descriptor<SessionLeakCondition> {

        @Override
        public String getDisplayName() {
            return Messages.SessionLeakCondition_DisplayName();
        }

        public FormValidation doCheckLogs(@QueryParameter String value) {
            String problem = SessionLeakSettings.checkPattern(value == null ? "" : value.trim());
            return problem == null ? FormValidation.ok() : FormValidation.error("sessionLeak.logs: " + problem);
        }

        public FormValidation doCheckMinLeaked(@QueryParameter String value, @QueryParameter String minActive) {
            String problem = RestartParameters.checkNumber("sessionLeak.minLeaked", value, 1, MAX_LEAKED);
            if (problem != null) {
                return FormValidation.error(problem);
            }
            if (isUnset(value) && isUnset(minActive)) {
                return FormValidation.warning(Messages.Form_SessionLeakNoThreshold());
            }
            return FormValidation.ok();
        }

        public FormValidation doCheckMinActive(@QueryParameter String value) {
            String problem = RestartParameters.checkNumber("sessionLeak.minActive", value, 1, MAX_ACTIVE);
            return problem == null ? FormValidation.ok() : FormValidation.error(problem);
        }

        private static boolean isUnset(String value) {
            return value == null || value.isBlank() || value.trim().equals("0");
        }
    }
}
