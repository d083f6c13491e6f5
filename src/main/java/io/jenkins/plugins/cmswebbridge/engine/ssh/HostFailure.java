package io.jenkins.plugins.cmswebbridge.engine.ssh;

/**
 * One attempt on one host failed; carries the kind, a message for people and what output the command that failed
 * printed (kept part and dropped bytes), if any.
 */
public final class HostFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final String output;
    private final long outputDroppedBytes;

    public HostFailure(FailureKind kind, String message) {
        this(kind, message, "", 0);
    }

    public HostFailure(FailureKind kind, String message, String output, long outputDroppedBytes) {
        super(message, null, false, false);
        this.kind = kind;
        this.output = output;
        this.outputDroppedBytes = outputDroppedBytes;
    }

    public FailureKind kind() {
        return kind;
    }

    /** The kept output of the command that failed, or empty. */
    public String output() {
        return output;
    }

    /** The output of the command that failed beyond what was kept. */
    public long outputDroppedBytes() {
        return outputDroppedBytes;
    }
}
