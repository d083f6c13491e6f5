package io.jenkins.plugins.cmswebbridge.engine;

/**
 * One attempt on one host failed; carries the kind, a message for people and what output the command that failed
 * printed (kept part and dropped bytes), if any.
 */
final class HostFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final String output;
    private final long outputDroppedBytes;

    HostFailure(FailureKind kind, String message) {
        this(kind, message, "", 0);
    }

    HostFailure(FailureKind kind, String message, String output, long outputDroppedBytes) {
        super(message, null, false, false);
        this.kind = kind;
        this.output = output;
        this.outputDroppedBytes = outputDroppedBytes;
    }

    FailureKind kind() {
        return kind;
    }

    /** The kept output of the command that failed, or empty. */
    String output() {
        return output;
    }

    /** The output of the command that failed beyond what was kept. */
    long outputDroppedBytes() {
        return outputDroppedBytes;
    }
}
