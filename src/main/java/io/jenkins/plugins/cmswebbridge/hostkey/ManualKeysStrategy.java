package io.jenkins.plugins.cmswebbridge.hostkey;

import hudson.Extension;
import hudson.util.FormValidation;
import io.jenkins.plugins.cmswebbridge.Fields;
import io.jenkins.plugins.cmswebbridge.Messages;
import io.jenkins.plugins.cmswebbridge.engine.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.ManualKeysVerifier;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;

/** Host keys pasted per host, one {@code host key-type base64-key} line each. */
public class ManualKeysStrategy extends HostKeyVerificationStrategy {

    private static final long serialVersionUID = 1L;

    private final String keys;

    @DataBoundConstructor
    public ManualKeysStrategy(String keys) {
        this.keys = keys == null ? "" : keys;
    }

    public String getKeys() {
        return keys;
    }

    @Override
    public HostKeyVerifier createVerifier() {
        try {
            return ManualKeysVerifier.parse(keys);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("keys: " + e.getMessage(), e);
        }
    }

    /** Strategies compare by value, so that the Snippet Generator leaves out one equal to the default. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ManualKeysStrategy other && keys.equals(other.keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }

    @Extension
    @Symbol("manualKeys")
    public static class DescriptorImpl extends HostKeyVerificationStrategyDescriptor {

        @Override
        public String getDisplayName() {
            return Messages.ManualKeysStrategy_DisplayName();
        }

        public FormValidation doCheckKeys(@QueryParameter String value) {
            return Fields.verifier(new ManualKeysStrategy(value)).form();
        }

        @Override
        protected List<String> strategyFields() {
            return List.of("keys");
        }

        @Override
        protected HostKeyVerificationStrategy fromForm(UnaryOperator<String> field) {
            return new ManualKeysStrategy(field.apply("keys"));
        }
    }
}
