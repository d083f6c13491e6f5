package io.jenkins.plugins.cmswebbridge.engine.hostkey;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import java.io.IOException;
import java.io.Serializable;

/**
 * Decides whether the host key an MMP offers is the one expected. Implementations are plain data
 * (they travel to the agent) and are built from what the administrator configured.
 */
public interface HostKeyVerifier extends Serializable {

    /**
     * @param algorithm the key type the server used, e.g. {@code ssh-rsa}
     * @param keyBlob the key in SSH wire format
     * @throws HostKeyRejectedException with a message that names the host and the offered fingerprint
     */
    void verify(HostAddress host, String algorithm, byte[] keyBlob) throws HostKeyRejectedException;

    /**
     * Host key algorithms to ask the server for, most wanted first, among those the SSH library offers; or
     * {@code null} for the library's default list.
     *
     * @param available what the SSH library in use can negotiate
     */
    default String[] preferredAlgorithms(HostAddress host, String[] available) {
        return null;
    }

    /**
     * Called once on the node that runs the fleet, before any connection: loads whatever the verifier
     * reads there (e.g. a known_hosts file of that node).
     *
     * @throws IOException with a message naming what could not be read
     */
    default void prepare() throws IOException {}

    /** {@code false} only for the explicit opt-out, which the runner warns about on every run. */
    default boolean isVerifying() {
        return true;
    }
}
