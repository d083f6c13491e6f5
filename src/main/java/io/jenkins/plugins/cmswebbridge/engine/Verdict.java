package io.jenkins.plugins.cmswebbridge.engine;

import java.io.Serializable;

/** Whether an MMP command worked, and why not when it did not. */
public record Verdict(boolean ok, String reason) implements Serializable {

    public static Verdict success(String note) {
        return new Verdict(true, note);
    }

    public static Verdict failure(String reason) {
        return new Verdict(false, reason);
    }
}
