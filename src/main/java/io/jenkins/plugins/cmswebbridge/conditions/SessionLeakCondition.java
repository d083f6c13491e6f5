package io.jenkins.plugins.cmswebbridge.conditions;

import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.ForecastFields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.fields.Stored;
import java.io.Serializable;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * "Restart only when sessions leak": before touching any MMP, the restart steps read CMS syslog (files in the
 * workspace, or each MMP's own log over SFTP), compute the leak of Cisco bug CSCvt73723 and restart only when a
 * threshold is reached or, with {@code forecast}, when a web bridge is expected to reach 149 sessions less a margin
 * before the horizon.
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
    private boolean forecast;
    private String horizon;
    private Integer margin;

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

    /**
     * Decide from each web bridge's forecast of when it reaches 149 sessions; the thresholds then decide only where a
     * forecast is unknown.
     */
    public boolean isForecast() {
        return forecast;
    }

    @DataBoundSetter
    public void setForecast(boolean forecast) {
        this.forecast = forecast;
    }

    /** How far ahead the forecast looks ({@code 36h}, {@code 7d}, {@code 2w}); blank for the next scheduled run's. */
    public String getHorizon() {
        return Stored.text(horizon);
    }

    @DataBoundSetter
    public void setHorizon(String horizon) {
        this.horizon = horizon == null || horizon.isBlank() ? null : horizon.trim();
    }

    /** Sessions below 149 that count as reaching it; {@code null} for the default. */
    public Integer getMargin() {
        return margin;
    }

    @DataBoundSetter
    public void setMargin(Integer margin) {
        this.margin = margin;
    }

    /** This condition with a deployment's MMP log file where it names none. */
    public SessionLeakCondition withDefaultMmpLogFile(String deploymentFile) {
        SessionLeakCondition merged = new SessionLeakCondition(logs);
        merged.minLeaked = minLeaked;
        merged.minActive = minActive;
        merged.fromMmps = fromMmps;
        merged.forecast = forecast;
        merged.horizon = horizon;
        merged.margin = margin;
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

        public FormValidation doCheckHorizon(@QueryParameter String value) {
            return ForecastFields.horizon(value).form();
        }

        public FormValidation doCheckMargin(@QueryParameter String value) {
            return Fields.formNumber(value, ForecastFields::margin);
        }

        public FormValidation doCheckMinLeaked(
                @QueryParameter String value, @QueryParameter String minActive, @QueryParameter boolean forecast) {
            Fields.Checked<Integer> checked =
                    Fields.number(value).then(n -> Fields.threshold(n, SessionLeakSettings.MAX_LEAKED));
            if (checked.problem() != null) {
                return checked.form();
            }
            // an unset threshold resolves to null
            boolean noThreshold = !forecast
                    && checked.value() == null
                    && Fields.unset(Fields.number(minActive).value());
            return noThreshold ? FormValidation.warning(Messages.Form_SessionLeakNoThreshold()) : FormValidation.ok();
        }

        public FormValidation doCheckMinActive(@QueryParameter String value) {
            return Fields.formNumber(value, n -> Fields.threshold(n, SessionLeakSettings.MAX_ACTIVE));
        }
    }
}
