package io.jenkins.plugins.cmswebbridge.hostkey;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import java.io.Serializable;

/**
 * How the MMPs' SSH host keys are checked, as configured by the administrator. Each strategy turns its
 * configuration into an engine {@link HostKeyVerifier}, which travels to the node that runs the build.
 * A mismatch fails that host, with the offered fingerprint, before any credential is sent.
 */
public abstract class HostKeyVerificationStrategy
        implements Describable<HostKeyVerificationStrategy>, ExtensionPoint, Serializable {

    private static final long serialVersionUID = 1L;

    /** The strategy when none is chosen: the OpenSSH known_hosts file of the user the node runs as. */
    public static HostKeyVerificationStrategy defaultStrategy() {
        return new KnownHostsFileStrategy(null);
    }

    /**
     * @throws IllegalArgumentException naming the field and what is wrong with its value
     */
    public abstract HostKeyVerifier createVerifier();

    /**
     * Whether the verifier reads a file by a path the user typed, on the node that runs it. Such a file is read on
     * the controller only for an identity with Overall/Administer (Test connection as the user who clicks; a build
     * on the controller as the build's identity).
     */
    public boolean readsFiles() {
        return false;
    }
}
