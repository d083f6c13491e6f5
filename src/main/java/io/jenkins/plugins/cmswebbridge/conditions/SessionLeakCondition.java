package io.jenkins.plugins.cmswebbridge.conditions;

import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.fields.Stored;
import java.io.Serializable;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * "Restart only when sessions leak": before touching any MMP, the restart steps read CMS syslog files from
 * the workspace, compute the leak of Cisco bug CSCvt73723 and restart only when a threshold is reached.
 * Plain configuration, as typed; the resolve step checks it and the engine's {@link SessionLeakSettings} reads the
 * logs and decides.
 */
public class SessionLeakCondition implements Describable<SessionLeakCondition>, Serializable {

    private static final long serialVersionUID = 1L;

    private final String logs;
    private Integer minLeaked;
    private Integer minActive;
    private boolean fromMmps;
    private String mmpLogFile;

    @DataBoundConstructor
    public SessionLeakCondition(String logs) {
        this.logs = Stored.trimmed(logs);
    }

    public String getLogs() {
        return logs;
    }

    public Integer getMinLeaked() {
        return minLeaked;
    }

    @DataBoundSetter
    public void setMinLeaked(Integer minLeaked) {
        this.minLeaked = Fields.unset(minLeaked) ? null : minLeaked;
    }

    public Integer getMinActive() {
        return minActive;
    }

    @DataBoundSetter
    public void setMinActive(Integer minActive) {
        this.minActive = Fields.unset(minActive) ? null : minActive;
    }

    /** Read each MMP's own log over SFTP (with the restart's credentials and host key checks) instead of files in the workspace. */
    public boolean isFromMmps() {
        return fromMmps;
    }

    @DataBoundSetter
    public void setFromMmps(boolean fromMmps) {
        this.fromMmps = fromMmps;
    }

    /** The log file on the MMPs; blank for the deployment's, or else the default. */
    public String getMmpLogFile() {
        return Stored.text(mmpLogFile);
    }

    @DataBoundSetter
    public void setMmpLogFile(String mmpLogFile) {
        this.mmpLogFile = mmpLogFile == null || mmpLogFile.isBlank() ? null : mmpLogFile.trim();
    }

    /** This condition with a deployment's MMP log file where it names none. */
    public SessionLeakCondition withDefaultMmpLogFile(String deploymentFile) {
        SessionLeakCondition merged = new SessionLeakCondition(logs);
        merged.minLeaked = minLeaked;
        merged.minActive = minActive;
        merged.fromMmps = fromMmps;
        merged.setMmpLogFile(mmpLogFile == null ? deploymentFile : mmpLogFile);
        return merged;
    }

    @Extension
    @Symbol("sessionLeak")
    public static class DescriptorImpl extends Descriptor<SessionLeakCondition> {

        @Override
        public String getDisplayName() {
            return Messages.SessionLeakCondition_DisplayName();
        }

        public FormValidation doCheckLogs(@QueryParameter String value, @QueryParameter boolean fromMmps) {
            return fromMmps ? FormValidation.ok() : Fields.logs(value).form();
        }

        public FormValidation doCheckMmpLogFile(@QueryParameter String value) {
            return Fields.mmpLogFile(value, RestartSettings.DEFAULT_CONNECT_TIMEOUT)
                    .form();
        }

        public FormValidation doCheckMinLeaked(@QueryParameter String value, @QueryParameter String minActive) {
            Fields.Checked<Integer> checked =
                    Fields.number(value).then(n -> Fields.threshold(n, SessionLeakSettings.MAX_LEAKED));
            if (checked.problem() != null) {
                return checked.form();
            }
            // an unset threshold resolves to null
            boolean noThreshold = checked.value() == null
                    && Fields.unset(Fields.number(minActive).value());
            return noThreshold ? FormValidation.warning(Messages.Form_SessionLeakNoThreshold()) : FormValidation.ok();
        }

        public FormValidation doCheckMinActive(@QueryParameter String value) {
            return Fields.formNumber(value, n -> Fields.threshold(n, SessionLeakSettings.MAX_ACTIVE));
        }
    }
}
