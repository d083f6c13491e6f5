package io.jenkins.plugins.cmswebbridge.hostkey;

import hudson.Extension;
import io.jenkins.plugins.cmswebbridge.Messages;
import io.jenkins.plugins.cmswebbridge.engine.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.KnownHostsFileVerifier;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Host keys from an OpenSSH {@code known_hosts} file on the node that runs the build (by default the
 * file of the user the node runs as). The default strategy.
 */
public class KnownHostsFileStrategy extends HostKeyVerificationStrategy {

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
    public boolean readsFiles() {
        return true;
    }

    @Override
    public HostKeyVerifier createVerifier() {
        return new KnownHostsFileVerifier(path);
    }

    /** Strategies compare by value, so that the Snippet Generator leaves out one equal to the default. */
    @Override
    public boolean equals(Object o) {
        return o instanceof KnownHostsFileStrategy other && path.equals(other.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Extension
    @Symbol("knownHostsFile")
    public static class DescriptorImpl extends HostKeyVerificationStrategyDescriptor {

        @Override
        public String getDisplayName() {
            return Messages.KnownHostsFileStrategy_DisplayName();
        }

        public String getDefaultPath() {
            return KnownHostsFileVerifier.DEFAULT_PATH;
        }

        @Override
        protected List<String> strategyFields() {
            return List.of("path");
        }

        @Override
        protected HostKeyVerificationStrategy fromForm(UnaryOperator<String> field) {
            return new KnownHostsFileStrategy(field.apply("path"));
        }
    }
}
