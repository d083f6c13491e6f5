package io.jenkins.plugins.cmswebbridge.engine.ssh;

import com.trilead.ssh2.Connection;
import java.util.function.Consumer;

/**
 * The one way the engine reaches an MMP over SSH, for a restart and for a log fetch alike: a connection registered
 * with the run's {@link RunControl} (so that an abort closes it), {@linkplain #open opened} by connecting, with the
 * host key checked before any credential is sent, then authenticating; and closed, and forgotten by the run's
 * control, when done. Made by {@link MmpConnector#connection()}; use it with try-with-resources.
 */
public final class MmpConnection implements AutoCloseable {

    private final Connection ssh;
    private final MmpConnector connector;
    private final RunControl control;

    MmpConnection(Connection ssh, MmpConnector connector, RunControl control) {
        this.ssh = ssh;
        this.connector = connector;
        this.control = control;
    }

    /**
     * Connects (host key checked during the key exchange) and authenticates.
     *
     * @param step told {@code "authenticating"} once connected, for messages about what the attempt was doing
     * @return this connection, open and authenticated
     * @throws HostFailure with the kind and message the restart reports
     * @throws InterruptedException when the run was aborted meanwhile
     */
    public MmpConnection open(Consumer<String> step) throws HostFailure, InterruptedException {
        connector.connect(ssh);
        step.accept("authenticating");
        connector.authenticate(ssh);
        return this;
    }

    /** The SSH connection, for sessions and SFTP once open. */
    public Connection ssh() {
        return ssh;
    }

    /** Closes it from another thread (a deadline's watchdog), under a thread that may be waiting on it. */
    public void closeInBackground() {
        RunControl.closeInBackground(ssh);
    }

    @Override
    public void close() {
        ssh.close();
        control.unregister(ssh);
    }
}
