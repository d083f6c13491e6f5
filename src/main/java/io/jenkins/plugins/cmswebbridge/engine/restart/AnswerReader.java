package io.jenkins.plugins.cmswebbridge.engine.restart;

import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an MMP command's answer as it streams in, through a {@link TerminalScan}, and keeps only what the verdict
 * needs ({@link AnswerSigns}): every byte is looked at, whatever the size of the answer, in bounded memory.
 *
 * <p>Failing closed: the failure signs ({@code FAILURE:} at the start of what was written after a line feed or a
 * carriage return, the failure phrases anywhere) are looked for in everything the answer wrote, including text that a
 * carriage return later overwrote. A confirmation ({@code SUCCESS:}) and the service's {@code Enabled} line are read
 * only from the lines as the terminal finally shows them.
 */
final class AnswerReader implements TerminalScan.Listener {

    /** Characters of written text looked at together for a failure phrase. */
    static final int WINDOW = 8192;
    /** Characters kept from one window to the next, so that a phrase cut by the window's end is still found. */
    static final int OVERLAP = 64;

    private static final Pattern PASSWORD_CHANGE = Pattern.compile(
            "password (has )?expired|change your password|must change|new password\\s*:|password change required");
    private static final String[] UNKNOWN_COMMAND = {"unknown command", "invalid command", "command not found"};

    private final TerminalScan terminal = new TerminalScan(this);
    /** Everything written lately, lower case, line breaks as line feeds, for the failure phrases. */
    private final char[] window = new char[WINDOW];

    private int windowLength;
    private final Phrases phrases = new Phrases();
    private String failureLine;
    private String successLine;
    private String enabledLine;
    private final List<String> excerpt = new ArrayList<>();
    private boolean excerptCut;

    /** The failure phrases seen. */
    private static final class Phrases {
        boolean passwordChange;
        boolean permissionDenied;
        boolean unknownCommand;

        /** @param lower text already in lower case */
        Phrases lookAt(String lower) {
            if ((lower.contains("password") || lower.contains("must change"))
                    && PASSWORD_CHANGE.matcher(lower).find()) {
                passwordChange = true;
            }
            permissionDenied |= lower.contains("permission denied");
            for (String phrase : UNKNOWN_COMMAND) {
                unknownCommand |= lower.contains(phrase);
            }
            return this;
        }
    }

    /** Reads the next bytes of the answer. */
    void feed(byte[] data, int offset, int length) {
        terminal.feed(data, offset, length);
    }

    /**
     * Whether the answer so far asks for a new password (an expired MMP password), a prompt that waits for input
     * forever: cheap enough to ask after every read.
     */
    boolean asksForANewPassword() {
        return phrases.passwordChange || new Phrases().lookAt(new String(window, 0, windowLength)).passwordChange;
    }

    /** What the answer read so far shows, as if it ended here; the reading can go on afterwards. */
    AnswerSigns signs() {
        Phrases now = new Phrases().lookAt(new String(window, 0, windowLength));
        String failure = failureLine != null ? failureLine : startingWith(terminal.pendingWritten(), "FAILURE");
        List<String> lines = new ArrayList<>(excerpt);
        boolean cut = excerptCut;
        String last = terminal.pendingLine().toString().strip();
        String success = successLine;
        String enabled = enabledLine;
        if (!last.isEmpty()) {
            failure = failure != null ? failure : startingWith(last, "FAILURE");
            success = success != null ? success : startingWith(last, "SUCCESS");
            enabled = enabled != null || !StatusParser.isEnabledLine(last) ? enabled : last;
            if (lines.size() < OutputClassifier.EXCERPT_LINES) {
                lines.add(last);
            } else {
                cut = true;
            }
        }
        return new AnswerSigns(
                failure,
                success,
                phrases.passwordChange || now.passwordChange,
                phrases.permissionDenied || now.permissionDenied,
                phrases.unknownCommand || now.unknownCommand,
                enabled,
                Text.clip(String.join(" | ", lines) + (cut ? " | ..." : ""), OutputClassifier.EXCERPT_CHARS));
    }

    @Override
    public void printed(char c) {
        toWindow(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 0x80 ? c : Character.toLowerCase(c));
    }

    @Override
    public void writtenEnded(CharSequence written) {
        if (failureLine == null && written.length() > 0) {
            failureLine = startingWith(written, "FAILURE");
        }
        toWindow('\n');
    }

    @Override
    public void lineShown(CharSequence line) {
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        if (start == line.length()) {
            return;
        }
        if (failureLine == null) {
            failureLine = startingWith(line, "FAILURE");
        }
        if (successLine == null) {
            successLine = startingWith(line, "SUCCESS");
        }
        if (enabledLine == null && mentionsEnabled(line) && StatusParser.isEnabledLine(line)) {
            enabledLine = line.toString().strip();
        }
        if (excerpt.size() < OutputClassifier.EXCERPT_LINES) {
            excerpt.add(line.toString().strip());
        } else {
            excerptCut = true;
        }
    }

    private void toWindow(char lower) {
        if (windowLength == WINDOW) {
            phrases.lookAt(new String(window, 0, windowLength));
            System.arraycopy(window, WINDOW - OVERLAP, window, 0, OVERLAP);
            windowLength = OVERLAP;
        }
        window[windowLength++] = lower;
    }

    /** Whether the line holds the word "enabled" in any case: most lines do not, and a regular expression costs. */
    private static boolean mentionsEnabled(CharSequence line) {
        String word = "enabled";
        outer:
        for (int i = 0; i + word.length() <= line.length(); i++) {
            if ((line.charAt(i) | 0x20) != 'e') {
                continue; // the common case, without a call
            }
            for (int j = 1; j < word.length(); j++) {
                if (Character.toLowerCase(line.charAt(i + j)) != word.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * The text, on one line and clipped, when it starts (after blanks) with {@code word} and a colon, in any case;
     * otherwise {@code null}. Nothing is copied unless it does.
     */
    private static String startingWith(CharSequence text, String word) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (text.length() - start <= word.length() || text.charAt(start + word.length()) != ':') {
            return null;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.toUpperCase(text.charAt(start + i)) != word.charAt(i)) {
                return null;
            }
        }
        return Text.clip(text.toString().strip(), OutputClassifier.EXCERPT_CHARS);
    }
}
