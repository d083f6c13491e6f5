package io.jenkins.plugins.cmswebbridge.engine.fleet;

import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import java.time.Duration;

/**
 * Whether a failed attempt on an MMP is tried again, and after how long. Most of these rules are there to protect
 * the MMPs: a login is never retried (failed logins lock the MMP account for 15 minutes), and once the restart
 * command may have reached the MMP, a timeout or a lost connection is not retried unless the settings ask for it,
 * since the web bridge could restart twice. They are kept in one place, apart from the fleet loop, so that they can
 * be read and tested as a table.
 */
final class RetryPolicy {

    /** Longest wait between two attempts, whatever the backoff doubling gives. */
    static final Duration MAX_BACKOFF = Duration.ofMinutes(2);

    private final int retries;
    private final Duration retryBackoff;
    private final boolean resendRestart;

    RetryPolicy(RestartSettings settings) {
        this.retries = settings.getRetries();
        this.retryBackoff = settings.getRetryBackoff();
        this.resendRestart = settings.isResendRestart();
    }

    /**
     * Whether a failure of this kind leaves the state of the web bridge unknown: the restart command was sent, and
     * then the command timed out or the connection was lost, so it may or may not have run.
     */
    static boolean leavesStateUnknown(FailureKind kind, boolean restartSent) {
        return restartSent && (kind == FailureKind.COMMAND_TIMEOUT || kind == FailureKind.DISCONNECTED);
    }

    /**
     * Whether to try the host again after its {@code failedAttempt}-th attempt (counted from 1) failed this way.
     *
     * @param stateUnknown what {@link #leavesStateUnknown} says of this failure
     */
    boolean shouldRetry(FailureKind kind, int failedAttempt, boolean stateUnknown) {
        return kind.isRetryable() && failedAttempt <= retries && (!stateUnknown || resendRestart);
    }

    /**
     * The wait before the next attempt: the configured backoff, doubled after each failure, at most
     * {@link #MAX_BACKOFF}.
     */
    Duration backoff(int failedAttempt) {
        long factor = 1L << Math.min(failedAttempt - 1, 16);
        Duration wait = retryBackoff.multipliedBy(factor);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
