package io.jenkins.plugins.cmswebbridge.hostkey;

import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.cmswebbridge.FormSupport;
import io.jenkins.plugins.cmswebbridge.Messages;
import io.jenkins.plugins.cmswebbridge.engine.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.KnownHostsFileVerifier;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

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

        @POST
        public FormValidation doTestConnection(
                @AncestorInPath Item item,
                @QueryParameter String hosts,
                @QueryParameter String credentialsId,
                @QueryParameter String service,
                @QueryParameter String defaultPort,
                @QueryParameter String connectTimeout,
                @QueryParameter String path) {
            return FormSupport.testConnection(
                    item, hosts, credentialsId, service, defaultPort, connectTimeout, new KnownHostsFileStrategy(path));
        }
    }
}
