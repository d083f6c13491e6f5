package io.jenkins.plugins.cmswebbridge.engine;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns an MMP command's exit status and output into a {@link Verdict}. The MMP prints {@code SUCCESS:} or
 * {@code FAILURE:} lines and plain-text errors; its exec exit status is not documented, so status and text
 * are read together: any sign of failure in either makes the command fail, and only a {@code SUCCESS:} line
 * confirms it. An answer with neither confirms nothing (it fails closed): the reason quotes it.
 */
public final class OutputClassifier {

    /** Lines of output kept in a reason. */
    static final int EXCERPT_LINES = 5;
    /** Characters of output kept in a reason. */
    static final int EXCERPT_CHARS = 400;

    private static final Pattern PASSWORD_CHANGE = Pattern.compile(
            "password (has )?expired|change your password|must change|new password\\s*:|password change required",
            Pattern.CASE_INSENSITIVE);

    private OutputClassifier() {}

    /** Whether the text so far is the MMP asking for a new password, which no exec channel can answer. */
    public static boolean isPasswordChangePrompt(String output) {
        return PASSWORD_CHANGE.matcher(output).find();
    }

    /**
     * @param exitStatus the exec exit status, or {@code null} when the MMP sent none
     * @param output the kept output, stdout and stderr as received
     */
    public static Verdict classify(Integer exitStatus, String output) {
        String text = output == null ? "" : output;
        String failureLine = firstLineStartingWith(text, "FAILURE");
        if (failureLine != null) {
            return Verdict.failure("MMP answered " + failureLine);
        }
        if (isPasswordChangePrompt(text)) {
            return Verdict.failure("MMP password expired: the account must change its password before it can run"
                    + " commands; log in once interactively, change it, and update the Jenkins credentials. Output: "
                    + excerpt(text));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("permission denied")) {
            return Verdict.failure(
                    "MMP refused the command (permission denied; the account needs the admin role): " + excerpt(text));
        }
        if (lower.contains("unknown command")
                || lower.contains("invalid command")
                || lower.contains("command not found")) {
            return Verdict.failure(
                    "MMP does not know the command (check the service: webbridge or webbridge3): " + excerpt(text));
        }
        if (exitStatus != null && exitStatus != 0) {
            return Verdict.failure(
                    text.isBlank()
                            ? "command exited with status " + exitStatus + " and printed nothing"
                            : "command exited with status " + exitStatus + ": " + excerpt(text));
        }
        String success = firstLineStartingWith(text, "SUCCESS");
        if (success != null) {
            return Verdict.success(success);
        }
        String status = exitStatus == null ? "no exit status" : "exit status " + exitStatus;
        return Verdict.unconfirmed(text.isBlank() ? "no output, " + status : status + ", output: " + excerpt(text));
    }

    private static String firstLineStartingWith(String text, String word) {
        for (String line : text.split("\r\n|\r|\n")) {
            String trimmed = line.strip();
            if (trimmed.regionMatches(true, 0, word, 0, word.length())
                    && trimmed.length() > word.length()
                    && trimmed.charAt(word.length()) == ':') {
                return clip(trimmed);
            }
        }
        return null;
    }

    /** The first lines of the output, joined by " | " and bounded in size. */
    public static String excerpt(String text) {
        StringBuilder sb = new StringBuilder();
        int lines = 0;
        for (String line : text.split("\r\n|\r|\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (lines == EXCERPT_LINES) {
                sb.append(" | ...");
                break;
            }
            if (lines > 0) {
                sb.append(" | ");
            }
            sb.append(line.strip());
            lines++;
        }
        return clip(sb.toString());
    }

    private static String clip(String s) {
        return Text.clip(s, EXCERPT_CHARS);
    }
}
