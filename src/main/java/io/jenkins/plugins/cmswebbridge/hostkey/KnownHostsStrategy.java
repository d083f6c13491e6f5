package io.jenkins.plugins.cmswebbridge.hostkey;

import hudson.Extension;
import hudson.util.FormValidation;
import io.jenkins.plugins.cmswebbridge.Fields;
import io.jenkins.plugins.cmswebbridge.Messages;
import io.jenkins.plugins.cmswebbridge.engine.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.KnownHostsVerifier;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;

/** Host keys given as OpenSSH {@code known_hosts} lines in the job configuration. */
public class KnownHostsStrategy extends HostKeyVerificationStrategy {

    private static final long serialVersionUID = 1L;

    private final String knownHosts;

    @DataBoundConstructor
    public KnownHostsStrategy(String knownHosts) {
        this.knownHosts = knownHosts == null ? "" : knownHosts;
    }

    public String getKnownHosts() {
        return knownHosts;
    }

    @Override
    public HostKeyVerifier createVerifier() {
        try {
            return new KnownHostsVerifier(knownHosts, "the job configuration");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("knownHosts: " + e.getMessage(), e);
        }
    }

    /** Strategies compare by value, so that the Snippet Generator leaves out one equal to the default. */
    @Override
    public boolean equals(Object o) {
        return o instanceof KnownHostsStrategy other && knownHosts.equals(other.knownHosts);
    }

    @Override
    public int hashCode() {
        return knownHosts.hashCode();
    }

    @Extension
    @Symbol("knownHosts")
    public static class DescriptorImpl extends HostKeyVerificationStrategyDescriptor {

        @Override
        public String getDisplayName() {
            return Messages.KnownHostsStrategy_DisplayName();
        }

        public FormValidation doCheckKnownHosts(@QueryParameter String value) {
            return Fields.verifier(new KnownHostsStrategy(value)).form();
        }

        @Override
        protected List<String> strategyFields() {
            return List.of("knownHosts");
        }

        @Override
        protected HostKeyVerificationStrategy fromForm(UnaryOperator<String> field) {
            return new KnownHostsStrategy(field.apply("knownHosts"));
        }
    }
}
