package io.jenkins.plugins.cmswebbridge.hostkey;

import hudson.Extension;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.NonVerifyingVerifier;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import java.util.function.UnaryOperator;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * No host key check: an explicit opt-in, for a first trial only. Every run logs a warning, since the
 * MMP credentials are then sent to whatever answers at the address.
 */
public class NonVerifyingStrategy extends HostKeyVerificationStrategy {

    private static final long serialVersionUID = 1L;

    @DataBoundConstructor
    public NonVerifyingStrategy() {}

    @Override
    public HostKeyVerifier createVerifier() {
        return new NonVerifyingVerifier();
    }

    /** Strategies compare by value, so that the Snippet Generator leaves out one equal to the default. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NonVerifyingStrategy;
    }

    @Override
    public int hashCode() {
        return NonVerifyingStrategy.class.hashCode();
    }

    @Extension
    @Symbol("nonVerifying")
    public static class DescriptorImpl extends HostKeyVerificationStrategyDescriptor {

        @Override
        public String getDisplayName() {
            return Messages.NonVerifyingStrategy_DisplayName();
        }

        @Override
        protected HostKeyVerificationStrategy fromForm(UnaryOperator<String> field) {
            return new NonVerifyingStrategy();
        }
    }
}
