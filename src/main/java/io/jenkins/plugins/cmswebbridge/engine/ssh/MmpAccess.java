package io.jenkins.plugins.cmswebbridge.engine.ssh;

import io.jenkins.plugins.cmswebbridge.engine.credentials.MmpAuthenticator;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import java.util.Objects;

/**
 * What every connection of one run to its MMPs shares: how it logs in, how it checks the host keys, the run's
 * control (an abort closes every open connection) and its watchdog (the time bounds trilead does not have). The
 * restart's {@code MmpSession} and the log fetch's {@code SftpHostFetch} take one, and hand it to
 * {@link MmpConnector}.
 */
public record MmpAccess(
        MmpAuthenticator authenticator, HostKeyVerifier verifier, RunControl control, Watchdog watchdog) {

    public MmpAccess {
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(watchdog, "watchdog");
    }
}
