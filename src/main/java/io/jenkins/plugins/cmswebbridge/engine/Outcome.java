package io.jenkins.plugins.cmswebbridge.engine;

/** What happened to one MMP in a fleet run. */
public enum Outcome {
    /** The restart command ran and its output (and the optional status check) said it worked. */
    RESTARTED(true),
    /** Dry run: connected, authenticated and read the status; nothing was restarted. */
    CHECKED(true),
    /** Connection, authentication, host key, the command or the status check failed. */
    FAILED(false),
    /** Not tried because an earlier host failed and "stop on first failure" is set. */
    SKIPPED(false),
    /** Not tried because the run was aborted first. */
    NOT_RUN(false);

    private final boolean ok;

    Outcome(boolean ok) {
        this.ok = ok;
    }

    public boolean isOk() {
        return ok;
    }
}
