package io.jenkins.plugins.cmswebbridge.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an MMP command's answer as it streams in, as a terminal would show it, and keeps only what the verdict
 * needs ({@link AnswerSigns}): every byte is looked at, whatever the size of the answer, and the memory used stays
 * bounded.
 *
 * <p>The terminal model: UTF-8 text; escape sequences (CSI, OSC and the other string sequences, two-character
 * escapes) are removed, and an erase in line ({@code ESC [ K}) blanks the line as a terminal does; a tab is a blank;
 * a backspace moves the cursor left; a carriage return moves it to the start of the line, so that what follows
 * overwrites the line; a line feed ends the line; every other control character and every bidirectional formatting
 * character is dropped. A line feed or carriage return also ends an escape sequence left open, and so does its
 * {@value #MAX_SEQUENCE}th character, so that an answer cannot hide the rest of itself in one.
 *
 * <p>Failing closed: the failure signs ({@code FAILURE:} at the start of what was written after a line feed or a
 * carriage return, the failure phrases anywhere) are looked for in everything the answer wrote, including text
 * that a carriage return later overwrote. A confirmation ({@code SUCCESS:}) and the service's {@code Enabled} line
 * are read only from the lines as the terminal finally shows them.
 */
final class TerminalScan {

    /** Characters kept of a line as shown, and of the start of what is written after a line break: enough for a reason. */
    static final int LINE_CAP = 1024;
    /** Characters of written text looked at together for a failure phrase. */
    static final int WINDOW = 8192;
    /** Characters kept from one window to the next, so that a phrase cut by the window's end is still found. */
    static final int OVERLAP = 64;
    /** Longest escape sequence read as one: its next character is text again. */
    static final int MAX_SEQUENCE = 256;

    private static final Pattern PASSWORD_CHANGE = Pattern.compile(
            "password (has )?expired|change your password|must change|new password\\s*:|password change required");
    private static final String[] UNKNOWN_COMMAND = {"unknown command", "invalid command", "command not found"};

    private enum State {
        TEXT,
        ESCAPE,
        ESCAPE_INTERMEDIATE,
        CSI,
        STRING,
        STRING_ESCAPE
    }

    private State state = State.TEXT;
    private int sequenceLength;
    private int csiParameter;

    private int utf8Needed;
    private int utf8CodePoint;

    /** The current line as the terminal shows it, and the cursor. */
    private final StringBuilder line = new StringBuilder();

    private int column;
    /** The start of what was written since the last line feed or carriage return. */
    private final StringBuilder written = new StringBuilder();
    /** Everything written lately, line breaks as line feeds, for the failure phrases. */
    private final StringBuilder window = new StringBuilder();

    private String failureLine;
    private String successLine;
    private String enabledLine;
    private final Phrases phrases = new Phrases();
    private final List<String> excerpt = new ArrayList<>();
    private boolean excerptCut;

    /** The failure phrases seen so far. */
    private static final class Phrases {
        boolean passwordChange;
        boolean permissionDenied;
        boolean unknownCommand;

        void lookAt(CharSequence text) {
            String lower = text.toString().toLowerCase(Locale.ROOT);
            if ((lower.contains("password") || lower.contains("must change"))
                    && PASSWORD_CHANGE.matcher(lower).find()) {
                passwordChange = true;
            }
            permissionDenied |= lower.contains("permission denied");
            for (String phrase : UNKNOWN_COMMAND) {
                unknownCommand |= lower.contains(phrase);
            }
        }
    }

    /** Reads the next bytes of the answer. */
    void feed(byte[] data, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            int b = data[i] & 0xFF;
            if (b < 0x80 || b >= 0xC0 || utf8Needed == 0) {
                if (utf8Needed > 0) {
                    utf8Needed = 0;
                    character(0xFFFD);
                }
                if (b < 0x80) {
                    character(b);
                } else if (b < 0xC0) {
                    character(0xFFFD);
                } else {
                    utf8Needed = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
                    utf8CodePoint = b & (0x3F >> utf8Needed);
                }
            } else {
                utf8CodePoint = utf8CodePoint << 6 | b & 0x3F;
                if (--utf8Needed == 0) {
                    character(utf8CodePoint);
                }
            }
        }
    }

    /** What the answer read so far shows, as if it ended here; the scan can go on afterwards. */
    AnswerSigns signs() {
        Phrases now = new Phrases();
        now.lookAt(window);
        String failure = failureLine != null ? failureLine : startingWith(written, "FAILURE");
        List<String> lines = new ArrayList<>(excerpt);
        boolean cut = excerptCut;
        String last = line.toString().strip();
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

    private void character(int c) {
        switch (state) {
            case TEXT -> text(c);
            case ESCAPE -> escape(c);
            case ESCAPE_INTERMEDIATE -> {
                if (c >= 0x30 && c <= 0x7E) {
                    state = State.TEXT;
                } else if (c < 0x20 || c > 0x7E || ++sequenceLength >= MAX_SEQUENCE) {
                    endSequence(c);
                }
            }
            case CSI -> csi(c);
            case STRING -> {
                if (c == 0x07 || c == 0x9C) {
                    state = State.TEXT;
                } else if (c == 0x1B) {
                    state = State.STRING_ESCAPE;
                } else if (c == '\n' || c == '\r' || ++sequenceLength >= MAX_SEQUENCE) {
                    endSequence(c);
                }
            }
            case STRING_ESCAPE -> {
                if (c == '\\') {
                    state = State.TEXT;
                } else {
                    state = State.ESCAPE;
                    escape(c);
                }
            }
        }
    }

    /** A sequence ends early: the character that ended it is read as text. */
    private void endSequence(int c) {
        state = State.TEXT;
        text(c);
    }

    private void text(int c) {
        switch (c) {
            case '\n' -> {
                endWritten();
                endLine();
            }
            case '\r' -> {
                endWritten();
                column = 0;
            }
            case '\t' -> put(' ');
            case '\b' -> column = Math.max(0, column - 1);
            case 0x1B -> startSequence(State.ESCAPE);
            case 0x9B -> startCsi();
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F -> startSequence(State.STRING);
            default -> {
                if (c > 0x10FFFF || c >= 0xD800 && c <= 0xDFFF) {
                    put('\uFFFD');
                } else if (c > 0xFFFF) {
                    put(Character.highSurrogate(c));
                    put(Character.lowSurrogate(c));
                } else if (!Text.unsafe((char) c)) {
                    put((char) c);
                }
            }
        }
    }

    private void escape(int c) {
        switch (c) {
            case '[' -> startCsi();
            case ']', 'P', 'X', '^', '_' -> startSequence(State.STRING);
            default -> {
                if (c >= 0x20 && c <= 0x2F) {
                    state = State.ESCAPE_INTERMEDIATE;
                } else if (c < 0x20 || c > 0x7E) {
                    endSequence(c);
                } else {
                    state = State.TEXT;
                }
            }
        }
    }

    private void csi(int c) {
        if (c >= 0x40 && c <= 0x7E) {
            state = State.TEXT;
            if (c == 'K') {
                eraseInLine(csiParameter);
            }
        } else if (c < 0x20 || c > 0x7E || ++sequenceLength >= MAX_SEQUENCE) {
            endSequence(c);
        } else if (c >= '0' && c <= '9') {
            csiParameter = Math.min(csiParameter * 10 + (c - '0'), 1000);
        } else if (c == ';') {
            csiParameter = 0;
        }
    }

    private void startSequence(State next) {
        state = next;
        sequenceLength = 0;
    }

    private void startCsi() {
        startSequence(State.CSI);
        csiParameter = 0;
    }

    /** {@code ESC [ K} from the cursor to the end, {@code ESC [ 1 K} from the start to the cursor, else all. */
    private void eraseInLine(int mode) {
        int start = mode == 0 ? Math.min(column, line.length()) : 0;
        int end = mode == 1 ? Math.min(column + 1, line.length()) : line.length();
        for (int i = start; i < end; i++) {
            line.setCharAt(i, ' ');
        }
    }

    private void put(char c) {
        if (written.length() < LINE_CAP) {
            written.append(c);
        }
        window.append(c);
        if (window.length() >= WINDOW) {
            phrases.lookAt(window);
            window.delete(0, window.length() - OVERLAP);
        }
        if (column < line.length()) {
            line.setCharAt(column, c);
        } else if (column == line.length() && column < LINE_CAP) {
            line.append(c);
        }
        column = Math.min(column + 1, LINE_CAP + 1);
    }

    /** What was written since the last line feed or carriage return ends: a failure sign there counts. */
    private void endWritten() {
        if (failureLine == null && written.length() > 0) {
            failureLine = startingWith(written, "FAILURE");
        }
        written.setLength(0);
        window.append('\n');
    }

    /** The line as the terminal shows it ends. */
    private void endLine() {
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        if (start < line.length()) {
            if (failureLine == null) {
                failureLine = startingWith(line, "FAILURE");
            }
            if (successLine == null) {
                successLine = startingWith(line, "SUCCESS");
            }
            if (enabledLine == null && StatusParser.isEnabledLine(line)) {
                enabledLine = line.toString().strip();
            }
            if (excerpt.size() < OutputClassifier.EXCERPT_LINES) {
                excerpt.add(line.toString().strip());
            } else {
                excerptCut = true;
            }
        }
        line.setLength(0);
        column = 0;
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
