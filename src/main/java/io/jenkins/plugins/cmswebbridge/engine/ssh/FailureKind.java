package io.jenkins.plugins.cmswebbridge.engine.ssh;

/**
 * Why a host failed. Only failures to reach the MMP and timeouts are retryable; an authentication problem
 * never is, because repeated failed logins lock the MMP account for 15 minutes. A timeout or a lost connection
 * after the restart command was sent is not retried either, unless the settings ask for it: the command may have
 * run, and the MMP would restart twice.
 */
public enum FailureKind {
    UNKNOWN_HOST(false),
    CONNECTION_REFUSED(true),
    CONNECT_TIMEOUT(true),
    HANDSHAKE_TIMEOUT(true),
    CONNECTION_FAILED(true),
    /** Something answered on the port, but not an SSH server; its banner is not repeated. */
    NOT_SSH(false),
    HOST_KEY_REJECTED(false),
    AUTHENTICATION_FAILED(false),
    AUTHENTICATION_TIMEOUT(false),
    COMMAND_TIMEOUT(true),
    DISCONNECTED(true),
    COMMAND_FAILED(false),
    VERIFICATION_FAILED(false),
    /** The restart command ended with neither {@code SUCCESS:} nor a failure sign, and no status check confirmed it. */
    NOT_CONFIRMED(false),
    ABORTED(false),
    /** The node running the build was lost while this host was in progress; its web bridge's state is unknown. */
    NODE_LOST(false),
    INTERNAL_ERROR(false);

    private final boolean retryable;

    FailureKind(boolean retryable) {
        this.retryable = retryable;
    }

    public boolean isRetryable() {
        return retryable;
    }
}
