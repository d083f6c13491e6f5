package io.jenkins.plugins.cmswebbridge.sim;

/** What a simulated MMP does wrong. */
public enum Fault {
    /** Behaves like a healthy MMP. */
    NONE,
    /** Nothing listens on the port: connections are refused. */
    REFUSE,
    /** Accepts TCP connections and never sends a byte, not even the SSH banner. */
    SILENT_BANNER,
    /**
     * Accepts TCP connections and answers like a hostile non-SSH service: a long first line with terminal escape
     * sequences and a forged "restarted successfully" log line, never an SSH banner.
     */
    NOT_SSH,
    /** Rejects every password and key. */
    AUTH_FAILURE,
    /** Completes the key exchange, then never answers an authentication request. */
    AUTH_HANG,
    /** Presents a host key other than the one it advertises in {@code knownHostsLine()}. */
    WRONG_HOST_KEY,
    /** The restart command prints a line, then the whole SSH connection drops without an exit status. */
    DISCONNECT_MID_COMMAND,
    /** Accepts the login, then never answers the request to open a session channel. */
    CHANNEL_OPEN_HANG,
    /** Accepts the login and opens the channel, then never answers the exec request. */
    EXEC_HANG,
    /** The restart command prints nothing and never returns. */
    HANG_COMMAND,
    /** The restart command answers {@code FAILURE: ...} with exit status 0. */
    FAILURE_OUTPUT,
    /** The restart command prints a flood of output, then {@code SUCCESS:} (or the configured restart output). */
    HUGE_OUTPUT,
    /** Every command gets the forced password-change prompt, which waits for input forever. */
    PASSWORD_EXPIRED,
    /** The restart command answers {@code Permission denied}. */
    PERMISSION_DENIED,
    /** Every command answers {@code Unknown command}. */
    UNKNOWN_COMMAND,
    /** The restart works but the status command shows the service as not enabled. */
    STATUS_DISABLED
}
