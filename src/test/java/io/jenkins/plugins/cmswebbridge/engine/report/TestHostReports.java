package io.jenkins.plugins.cmswebbridge.engine.report;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import java.time.Instant;

/**
 * Host results for the report and serialization tests, built from what a test is about: a result has a host, an
 * outcome and a reason, and starts as one attempt that took no time, with no failure kind, output or host key, whose
 * {@code ok} is its outcome's; the test sets what matters to it.
 */
public final class TestHostReports {

    private final HostAddress address;
    private final Outcome outcome;
    private FailureKind failureKind;
    private boolean ok;
    private int attempts = 1;
    private long durationMillis;
    private final String reason;
    private String output = "";
    private long outputDroppedBytes;
    private String hostKeyFingerprint;
    private boolean restartSent;

    private TestHostReports(HostAddress address, Outcome outcome, String reason) {
        this.address = address;
        this.outcome = outcome;
        this.reason = reason;
        this.ok = outcome.isOk();
    }

    public static TestHostReports hostReport(String host, int port, Outcome outcome, String reason) {
        return new TestHostReports(new HostAddress(host, port), outcome, reason);
    }

    public TestHostReports failureKind(FailureKind value) {
        failureKind = value;
        return this;
    }

    /** Whether the host counts as fine, when it is not its outcome's: an accepted unconfirmed restart. */
    TestHostReports ok(boolean value) {
        ok = value;
        return this;
    }

    public TestHostReports attempts(int count, long millis) {
        attempts = count;
        durationMillis = millis;
        return this;
    }

    /** The output kept, and how many bytes of it were dropped. */
    public TestHostReports output(String kept, long droppedBytes) {
        output = kept;
        outputDroppedBytes = droppedBytes;
        return this;
    }

    public TestHostReports hostKey(String fingerprint) {
        hostKeyFingerprint = fingerprint;
        return this;
    }

    TestHostReports restartSent() {
        restartSent = true;
        return this;
    }

    /** The result of a host worked on from {@code startedAt} to {@code finishedAt}. */
    public HostReport between(Instant startedAt, Instant finishedAt) {
        return new HostReport(
                address,
                outcome,
                failureKind,
                ok,
                attempts,
                durationMillis,
                reason,
                output,
                outputDroppedBytes,
                hostKeyFingerprint,
                restartSent,
                startedAt,
                finishedAt);
    }
}
