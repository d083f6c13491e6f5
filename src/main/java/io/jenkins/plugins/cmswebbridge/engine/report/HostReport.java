package io.jenkins.plugins.cmswebbridge.engine.report;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import java.io.Serializable;
import java.time.Instant;

/**
 * The report of one host in a run: its outcome and how it came about. Immutable; sent between the agent and the
 * controller.
 *
 * @param address the host
 * @param outcome what became of it
 * @param failureKind why it failed, or {@code null} when it did not
 * @param ok whether the host is fine: its outcome is one of the fine ones, or it is {@link Outcome#UNCONFIRMED} and
 *     the run accepted unconfirmed restarts
 * @param attempts connection attempts made, 0 when the host was not tried
 * @param durationMillis the time spent on the host
 * @param reason one line for people: what the MMP answered, or what went wrong; never {@code null}
 * @param output the output of the last command run (restart or status), bounded; never {@code null}
 * @param outputDroppedBytes the output beyond what was kept
 * @param hostKeyFingerprint {@code SHA256:...} of the host key the MMP offered, or {@code null} when none was seen
 * @param restartSent whether the restart command reached the MMP: for a host that failed after that (a timeout, a
 *     lost connection, an abort), the state of its web bridge is unknown
 * @param startedAt when the work on the host started
 * @param finishedAt when it ended
 */
public record HostReport(
        HostAddress address,
        Outcome outcome,
        FailureKind failureKind,
        boolean ok,
        int attempts,
        long durationMillis,
        String reason,
        String output,
        long outputDroppedBytes,
        String hostKeyFingerprint,
        boolean restartSent,
        Instant startedAt,
        Instant finishedAt)
        implements Serializable {

    public HostReport {
        reason = reason == null ? "" : reason;
        output = output == null ? "" : output;
    }

    /** A host that was never tried. */
    public static HostReport notTried(HostAddress address, Outcome outcome, String reason, Instant at) {
        return new HostReport(address, outcome, null, outcome.isOk(), 0, 0, reason, "", 0, null, false, at, at);
    }

    /** The host's name or address, as listed. */
    public String host() {
        return address.getHost();
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public String toString() {
        return address.display() + " " + outcome + (reason.isEmpty() ? "" : ": " + reason);
    }
}
