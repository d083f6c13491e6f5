package io.jenkins.plugins.cmswebbridge.engine;

/**
 * Why a host failed. Only failures to reach the MMP and timeouts are retried; an authentication problem
 * never is, because repeated failed logins lock the MMP account for 15 minutes.
 */
public enum FailureKind {
    UNKNOWN_HOST(false),
    CONNECTION_REFUSED(true),
    CONNECT_TIMEOUT(true),
    HANDSHAKE_TIMEOUT(true),
    CONNECTION_FAILED(true),
    HOST_KEY_REJECTED(false),
    AUTHENTICATION_FAILED(false),
    AUTHENTICATION_TIMEOUT(false),
    COMMAND_TIMEOUT(true),
    DISCONNECTED(true),
    COMMAND_FAILED(false),
    VERIFICATION_FAILED(false),
    ABORTED(false),
    INTERNAL_ERROR(false);

    private final boolean retryable;

    FailureKind(boolean retryable) {
        this.retryable = retryable;
    }

    public boolean isRetryable() {
        return retryable;
    }
}
