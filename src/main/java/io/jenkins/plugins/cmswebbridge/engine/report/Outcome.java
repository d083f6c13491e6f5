package io.jenkins.plugins.cmswebbridge.engine.report;

/** What happened to one MMP in a fleet run. */
public enum Outcome {
    /** The restart command ran and its output (and the optional status check) said it worked. */
    RESTARTED(true),
    /** Dry run: connected, authenticated and read the status; nothing was restarted. */
    CHECKED(true),
    /** Connection, authentication, host key, the command or the status check failed. */
    FAILED(false),
    /**
     * The restart command ran but nothing confirmed the restart: no {@code SUCCESS:} line and no failure sign, and
     * no exit status 0 followed by a status check showing the service enabled. A failure unless the settings accept
     * it.
     */
    UNCONFIRMED(false),
    /** Not tried because an earlier host failed and "stop on first failure" is set. */
    SKIPPED(false),
    /**
     * Not tried: the run was aborted first, or the active-calls condition stopped the restart (calls still active
     * with "fail", or a call bridge that could not be asked).
     */
    NOT_RUN(false),
    /** Not restarted, by design: the session-leak condition found neither threshold reached. */
    NOT_NEEDED(true),
    /** Not restarted, by design: calls were active and the active-calls condition is set to skip. */
    POSTPONED(true);

    private final boolean ok;

    Outcome(boolean ok) {
        this.ok = ok;
    }

    public boolean isOk() {
        return ok;
    }
}
