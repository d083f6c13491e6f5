package io.jenkins.plugins.cmswebbridge.engine.activecalls;

/** Why a call bridge's API could not tell its active call legs. The message never holds the password. */
public final class ApiFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kinds of failure, each with its own advice. */
    public enum Kind {
        UNREACHABLE,
        TIMEOUT,
        TLS,
        UNAUTHORIZED,
        HTTP_ERROR,
        BAD_RESPONSE
    }

    private final Kind kind;

    ApiFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind getKind() {
        return kind;
    }
}
