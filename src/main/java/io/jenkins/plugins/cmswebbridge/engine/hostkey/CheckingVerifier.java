package io.jenkins.plugins.cmswebbridge.engine.hostkey;

import com.trilead.ssh2.ServerHostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import java.util.function.Consumer;

/**
 * Adapts the configured {@link HostKeyVerifier} to trilead for one connection, and keeps what trilead would lose:
 * trilead only learns "accepted or not" and then fails the connection with a generic message, so the reason for a
 * rejection is kept here for the host's report. The fingerprint of the key offered is handed on as soon as the host
 * offers it, so that a session aborted later in the handshake can still name the key it saw.
 */
public final class CheckingVerifier implements ServerHostKeyVerifier {

    private final HostAddress host;
    private final HostKeyVerifier verifier;
    private final Consumer<String> fingerprintSink;
    private volatile HostKeyRejectedException rejection;

    /**
     * @param fingerprintSink told the {@code SHA256:...} fingerprint of the key the host offers, before it is
     *     checked
     */
    public CheckingVerifier(HostAddress host, HostKeyVerifier verifier, Consumer<String> fingerprintSink) {
        this.host = host;
        this.verifier = verifier;
        this.fingerprintSink = fingerprintSink;
    }

    /** Why the host key was refused, or {@code null} when it was not (or not yet) refused. */
    public HostKeyRejectedException rejection() {
        return rejection;
    }

    @Override
    public boolean verifyServerHostKey(String hostname, int port, String algorithm, byte[] key) {
        String fingerprint = Fingerprints.sha256(key);
        fingerprintSink.accept(fingerprint);
        try {
            verifier.verify(host, algorithm, key);
            return true;
        } catch (HostKeyRejectedException e) {
            rejection = e;
            return false;
        } catch (RuntimeException e) {
            // e.g. trilead's KnownHosts meeting a key type it does not know: a host key failure, not retried
            rejection = new HostKeyRejectedException(
                    "The host key of " + host.display() + " (" + Text.clip(algorithm, 40) + " " + fingerprint
                            + ") cannot be checked by the SSH library in use: "
                            + Text.clip(String.valueOf(e.getMessage()), 120));
            return false;
        }
    }
}
