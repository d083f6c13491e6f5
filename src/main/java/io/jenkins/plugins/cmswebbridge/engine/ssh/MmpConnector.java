package io.jenkins.plugins.cmswebbridge.engine.ssh;

import com.trilead.ssh2.Connection;
import io.jenkins.plugins.cmswebbridge.engine.credentials.MmpAuthenticator;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.CheckingVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyRejectedException;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How every SSH connection to an MMP is made, for the restart ({@code MmpSession}) and the log fetch
 * ({@code SftpHostFetch}) alike: it gives an {@link MmpConnection}, which connects, with the host key checked
 * during the key exchange, so before any credential is sent, and then authenticates, bounded by a watchdog since
 * trilead has no timeout there. Failures are
 * {@link HostFailure}s with the kind and message the restart has always reported; an abort is an
 * {@link InterruptedException}.
 */
public final class MmpConnector {

    private final HostAddress host;
    private final Duration connectTimeout;
    private final Duration kexTimeout;
    private final Duration authTimeout;
    private final MmpAuthenticator authenticator;
    private final HostKeyVerifier verifier;
    private final RunControl control;
    private final Watchdog watchdog;
    private final Consumer<String> fingerprintSink;

    /**
     * @param fingerprintSink told the {@code SHA256:...} fingerprint of the key the host offers, before it is
     *     checked
     */
    public MmpConnector(HostAddress host, SshTimeouts timeouts, MmpAccess access, Consumer<String> fingerprintSink) {
        this.host = host;
        this.connectTimeout = timeouts.connect();
        this.kexTimeout = timeouts.kex();
        this.authTimeout = timeouts.auth();
        this.authenticator = access.authenticator();
        this.verifier = access.verifier();
        this.control = access.control();
        this.watchdog = access.watchdog();
        this.fingerprintSink = fingerprintSink;
    }

    /**
     * A connection to the host, registered with the run's control so that an abort closes it; not yet open.
     *
     * @throws InterruptedException when the run was aborted already
     */
    public MmpConnection connection() throws InterruptedException {
        Connection ssh = new Connection(host.getHost(), host.getPort());
        if (!control.register(ssh)) {
            throw new InterruptedException("run aborted");
        }
        return new MmpConnection(ssh, this, control);
    }

    /** Connects and checks the host key; a rejected key ends the attempt before authentication. */
    void connect(Connection connection) throws HostFailure, InterruptedException {
        String[] preferred = verifier.preferredAlgorithms(host, Connection.getAvailableServerHostKeyAlgorithms());
        if (preferred != null) {
            connection.setServerHostKeyAlgorithms(preferred);
        }
        CheckingVerifier checking = new CheckingVerifier(host, verifier, fingerprintSink);
        try {
            connection.connect(checking, millis(connectTimeout), millis(kexTimeout));
        } catch (IOException e) {
            HostKeyRejectedException rejection = checking.rejection();
            if (rejection != null) {
                throw new HostFailure(FailureKind.HOST_KEY_REJECTED, rejection.getMessage());
            }
            if (control.isAborted() || Thread.currentThread().isInterrupted() || ConnectFailures.isInterrupt(e)) {
                throw new InterruptedException("aborted while connecting");
            }
            throw ConnectFailures.classify(e, host, connectTimeout, kexTimeout);
        }
    }

    /** Authenticates once; a refusal or a silence is never retried (failed logins lock the MMP account). */
    void authenticate(Connection connection) throws HostFailure, InterruptedException {
        Watchdog.Timer timer = watchdog.arm(authTimeout);
        boolean accepted;
        try {
            accepted = authenticator.authenticate(connection);
        } catch (IOException e) {
            if (control.isAborted()) {
                throw new InterruptedException("aborted while authenticating");
            }
            if (timer.fired()) {
                throw new HostFailure(
                        FailureKind.AUTHENTICATION_TIMEOUT,
                        "Authentication as '"
                                + authenticator.getUsername() + "' on " + host.display() + " got no answer within "
                                + authTimeout.toSeconds()
                                + " s (not retried, to protect the MMP account)");
            }
            throw new HostFailure(
                    FailureKind.AUTHENTICATION_FAILED,
                    "Authentication as '" + authenticator.getUsername() + "' on " + host.display() + " failed: "
                            + (e instanceof SshCredentials.UnreadableKeyException
                                    ? e.getMessage()
                                    : ConnectFailures.rootMessage(e))
                            + " (not retried)");
        } finally {
            timer.disarm();
        }
        if (control.isAborted()) {
            throw new InterruptedException("aborted while authenticating");
        }
        if (!accepted) {
            throw new HostFailure(
                    FailureKind.AUTHENTICATION_FAILED,
                    "Authentication failed: " + host.display()
                            + " refused the credentials of user '" + authenticator.getUsername()
                            + "'. Not retried, because"
                            + " repeated failures lock the MMP account for 15 minutes; check the password or key, whether"
                            + " the account is locked, and any 'user host' or 'user duty' rules on the MMP.");
        }
    }

    static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }
}
