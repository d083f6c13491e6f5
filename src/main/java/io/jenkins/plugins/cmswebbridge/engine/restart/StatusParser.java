package io.jenkins.plugins.cmswebbridge.engine.restart;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code Enabled} line from the output of the {@code webbridge} / {@code webbridge3} status
 * command. The Web Bridge 2 layout is not documented, so the search is tolerant of spacing, case and
 * the words used; when no such line exists the state is unknown.
 */
public final class StatusParser {

    private static final Pattern ENABLED = Pattern.compile(
            "^\\s*(?:web\\s*bridge\\d?\\s+)?enabled\\s*[:=]\\s*(\\S+)", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private StatusParser() {}

    /** Whether the line is an {@code Enabled} line, whatever its value. */
    static boolean isEnabledLine(CharSequence line) {
        return ENABLED.matcher(line).find();
    }

    /** @return whether the service says it is enabled, or empty when the output does not say */
    public static Optional<Boolean> enabled(String statusOutput) {
        Matcher m = ENABLED.matcher(statusOutput == null ? "" : statusOutput);
        if (!m.find()) {
            return Optional.empty();
        }
        String value = m.group(1).toLowerCase(java.util.Locale.ROOT);
        switch (value) {
            case "true", "yes", "enabled", "on" -> {
                return Optional.of(Boolean.TRUE);
            }
            case "false", "no", "disabled", "off" -> {
                return Optional.of(Boolean.FALSE);
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
