package io.jenkins.plugins.cmswebbridge.engine.restart;

import java.util.Optional;

/**
 * What an MMP command's whole answer shows, read as a terminal shows it ({@link AnswerReader}): the signs the
 * verdict is made of, and a short excerpt for reasons.
 *
 * @param failureLine the first text that starts with {@code FAILURE:} after a line break, clipped; or {@code null}
 * @param successLine the first line shown that starts with {@code SUCCESS:}, clipped; or {@code null}
 * @param passwordChange whether the answer asks for a new password (an expired MMP password)
 * @param permissionDenied whether the answer says {@code permission denied}
 * @param unknownCommand whether the answer says the command is unknown, invalid or not found
 * @param enabledLine the first line shown that is the service's {@code Enabled} line, or {@code null}
 * @param excerpt the first lines shown, joined by {@code " | "} and clipped
 */
record AnswerSigns(
        String failureLine,
        String successLine,
        boolean passwordChange,
        boolean permissionDenied,
        boolean unknownCommand,
        String enabledLine,
        String excerpt) {

    /** The signs of a whole answer given as text. */
    static AnswerSigns of(String text) {
        AnswerReader reader = new AnswerReader();
        if (text != null) {
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            reader.feed(bytes, 0, bytes.length);
        }
        return reader.signs();
    }

    /** Whether the answer printed nothing a terminal would show. */
    boolean isBlank() {
        return excerpt.isEmpty();
    }

    /** Whether the status command's {@code Enabled} line says the service is enabled, or empty when it does not say. */
    Optional<Boolean> enabled() {
        return enabledLine == null ? Optional.empty() : StatusParser.enabled(enabledLine);
    }
}
