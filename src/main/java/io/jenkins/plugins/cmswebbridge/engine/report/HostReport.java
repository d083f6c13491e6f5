package io.jenkins.plugins.cmswebbridge.engine.report;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import java.io.Serializable;
import java.time.Instant;

/** The result for one MMP. Immutable; safe to send between the agent and the controller. */
public final class HostReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final HostAddress address;
    private final Outcome outcome;
    private final FailureKind failureKind;
    private final boolean ok;
    private final int attempts;
    private final long durationMillis;
    private final String reason;
    private final String output;
    private final long outputDroppedBytes;
    private final String hostKeyFingerprint;
    private final boolean restartSent;
    private final Instant startedAt;
    private final Instant finishedAt;

    public HostReport(
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
            Instant finishedAt) {
        this.address = address;
        this.outcome = outcome;
        this.failureKind = failureKind;
        this.ok = ok;
        this.attempts = attempts;
        this.durationMillis = durationMillis;
        this.reason = reason == null ? "" : reason;
        this.output = output == null ? "" : output;
        this.outputDroppedBytes = outputDroppedBytes;
        this.hostKeyFingerprint = hostKeyFingerprint;
        this.restartSent = restartSent;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
    }

    /** A host that was never tried. */
    public static HostReport notTried(HostAddress address, Outcome outcome, String reason, Instant at) {
        return new HostReport(address, outcome, null, outcome.isOk(), 0, 0, reason, "", 0, null, false, at, at);
    }

    public HostAddress getAddress() {
        return address;
    }

    public String getHost() {
        return address.getHost();
    }

    public int getPort() {
        return address.getPort();
    }

    public Outcome getOutcome() {
        return outcome;
    }

    /**
     * Whether the host is fine: its outcome is one of the fine ones, or it is {@link Outcome#UNCONFIRMED} and the
     * run accepted unconfirmed restarts.
     */
    public boolean isOk() {
        return ok;
    }

    /** Why it failed, or {@code null} when it did not. */
    public FailureKind getFailureKind() {
        return failureKind;
    }

    /** Connection attempts made, 0 when the host was not tried. */
    public int getAttempts() {
        return attempts;
    }

    public long getDurationMillis() {
        return durationMillis;
    }

    /** One line for people: what the MMP answered, or what went wrong. */
    public String getReason() {
        return reason;
    }

    /** The output of the last command run (restart or status), bounded. */
    public String getOutput() {
        return output;
    }

    public long getOutputDroppedBytes() {
        return outputDroppedBytes;
    }

    /** {@code SHA256:...} of the host key the MMP offered, or {@code null} when no key was seen. */
    public String getHostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    /**
     * Whether the restart command reached the MMP. For a host that failed after that (a timeout, a lost connection,
     * an abort), the state of its web bridge is unknown.
     */
    public boolean isRestartSent() {
        return restartSent;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    @Override
    public String toString() {
        return address.display() + " " + outcome + (reason.isEmpty() ? "" : ": " + reason);
    }
}
