package io.jenkins.plugins.cmswebbridge.engine.restart;

import java.io.Serializable;

/**
 * What an MMP command's answer says: it worked ({@code SUCCESS:}), it failed (a failure sign), or neither, which
 * confirms nothing.
 */
public record Verdict(State state, String reason) implements Serializable {

    /** The three readings of an answer. */
    public enum State {
        /** A {@code SUCCESS:} line and no failure sign. */
        SUCCESS,
        /** No failure sign, and no {@code SUCCESS:} line either. */
        UNCONFIRMED,
        /** {@code FAILURE:}, permission denied, unknown command, the password-change prompt, a non-zero exit status. */
        FAILURE
    }

    public static Verdict success(String note) {
        return new Verdict(State.SUCCESS, note);
    }

    public static Verdict unconfirmed(String reason) {
        return new Verdict(State.UNCONFIRMED, reason);
    }

    public static Verdict failure(String reason) {
        return new Verdict(State.FAILURE, reason);
    }

    /** Whether the answer shows a failure. */
    public boolean failed() {
        return state == State.FAILURE;
    }

    /** Whether the answer says {@code SUCCESS:}. */
    public boolean confirmed() {
        return state == State.SUCCESS;
    }
}
