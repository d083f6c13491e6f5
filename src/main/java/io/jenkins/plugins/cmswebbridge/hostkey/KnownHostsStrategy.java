package io.jenkins.plugins.cmswebbridge.hostkey;

import hudson.Extension;
import hudson.util.FormValidation;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.fields.Stored;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;

/** Host keys given as OpenSSH {@code known_hosts} lines in the job configuration. */
public class KnownHostsStrategy extends OneFieldStrategy {

    private static final long serialVersionUID = 1L;

    private final String knownHosts;

    @DataBoundConstructor
    public KnownHostsStrategy(String knownHosts) {
        this.knownHosts = Stored.text(knownHosts);
    }

    public String getKnownHosts() {
        return knownHosts;
    }

    @Override
    protected String value() {
        return knownHosts;
    }

    @Override
    public HostKeyVerifier createVerifier() {
        try {
            return new KnownHostsVerifier(knownHosts, ValueProblem.of(ProblemCode.KNOWN_HOSTS_FROM_JOB));
        } catch (InvalidValueException e) {
            throw e.inField("knownHosts");
        }
    }

    @Extension
    @Symbol("knownHosts")
    public static class DescriptorImpl extends OneFieldDescriptor {

        public DescriptorImpl() {
            super("knownHosts", KnownHostsStrategy::new);
        }

        @Override
        public String getDisplayName() {
            return Messages.KnownHostsStrategy_DisplayName();
        }

        public FormValidation doCheckKnownHosts(@QueryParameter String value) {
            return Fields.engine(new KnownHostsStrategy(value)::createVerifier).form();
        }
    }
}
