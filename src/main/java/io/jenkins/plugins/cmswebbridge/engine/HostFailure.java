package io.jenkins.plugins.cmswebbridge.engine;

/** One attempt on one host failed; carries the kind, a message for people and what output was seen. */
final class HostFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final transient CommandOutput output;

    HostFailure(FailureKind kind, String message) {
        this(kind, message, null);
    }

    HostFailure(FailureKind kind, String message, CommandOutput output) {
        super(message, null, false, false);
        this.kind = kind;
        this.output = output;
    }

    FailureKind kind() {
        return kind;
    }

    /** The output of the command that failed, or {@code null}. */
    CommandOutput output() {
        return output;
    }
}
