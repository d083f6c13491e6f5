package io.jenkins.plugins.cmswebbridge.hostkey;

import hudson.Extension;
import hudson.util.FormValidation;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.ManualKeysVerifier;
import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.fields.Stored;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;

/** Host keys pasted per host, one {@code host key-type base64-key} line each. */
public class ManualKeysStrategy extends OneFieldStrategy {

    private static final long serialVersionUID = 1L;

    private final String keys;

    @DataBoundConstructor
    public ManualKeysStrategy(String keys) {
        this.keys = Stored.text(keys);
    }

    public String getKeys() {
        return keys;
    }

    @Override
    protected String value() {
        return keys;
    }

    @Override
    public HostKeyVerifier createVerifier() {
        try {
            return ManualKeysVerifier.parse(keys);
        } catch (InvalidValueException e) {
            throw e.inField("keys");
        }
    }

    @Extension
    @Symbol("manualKeys")
    public static class DescriptorImpl extends OneFieldDescriptor {

        public DescriptorImpl() {
            super("keys", ManualKeysStrategy::new);
        }

        @Override
        public String getDisplayName() {
            return Messages.ManualKeysStrategy_DisplayName();
        }

        public FormValidation doCheckKeys(@QueryParameter String value) {
            return Fields.engine(new ManualKeysStrategy(value)::createVerifier).form();
        }
    }
}
