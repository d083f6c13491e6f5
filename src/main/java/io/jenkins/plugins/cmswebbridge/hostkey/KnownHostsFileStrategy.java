package io.jenkins.plugins.cmswebbridge.hostkey;

import hudson.Extension;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsFileVerifier;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Host keys from an OpenSSH {@code known_hosts} file on the node that runs the build (by default the
 * file of the user the node runs as). The default strategy.
 */
public class KnownHostsFileStrategy extends OneFieldStrategy {

    private static final long serialVersionUID = 1L;

    private final String path;

    @DataBoundConstructor
    public KnownHostsFileStrategy(String path) {
        this.path = path == null || path.isBlank() ? KnownHostsFileVerifier.DEFAULT_PATH : path.trim();
    }

    public String getPath() {
        return path;
    }

    @Override
    protected String value() {
        return path;
    }

    @Override
    public boolean readsFiles() {
        return true;
    }

    @Override
    public HostKeyVerifier createVerifier() {
        return new KnownHostsFileVerifier(path);
    }

    @Extension
    @Symbol("knownHostsFile")
    public static class DescriptorImpl extends OneFieldDescriptor {

        public DescriptorImpl() {
            super("path", KnownHostsFileStrategy::new);
        }

        @Override
        public String getDisplayName() {
            return Messages.KnownHostsFileStrategy_DisplayName();
        }

        public String getDefaultPath() {
            return KnownHostsFileVerifier.DEFAULT_PATH;
        }
    }
}
