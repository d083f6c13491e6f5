package io.jenkins.plugins.cmswebbridge.engine.credentials;

/**
 * The lines of a secret text held as characters, one at a time, each without its leading and trailing blanks, read
 * in place: nothing is copied into a {@link String}. A line ends at {@code \n}, {@code \r} or {@code \r\n}.
 */
final class CharLines {

    private final char[] text;
    private int next;
    private int start;
    private int end;

    CharLines(char[] text) {
        this.text = text;
    }

    /** Moves to the next line; {@code false} when there is none. */
    boolean next() {
        if (next >= text.length) {
            return false;
        }
        int lineEnd = next;
        while (lineEnd < text.length && text[lineEnd] != '\n' && text[lineEnd] != '\r') {
            lineEnd++;
        }
        start = next;
        end = lineEnd;
        next = lineEnd < text.length && text[lineEnd] == '\r' && lineEnd + 1 < text.length && text[lineEnd + 1] == '\n'
                ? lineEnd + 2
                : lineEnd + 1;
        while (start < end && isBlank(text[start])) {
            start++;
        }
        while (end > start && isBlank(text[end - 1])) {
            end--;
        }
        return true;
    }

    /** The whole text. */
    char[] text() {
        return text;
    }

    /** Where the current line starts in {@link #text()}, after its leading blanks. */
    int start() {
        return start;
    }

    boolean startsWith(String prefix) {
        return end - start >= prefix.length() && matches(start, prefix);
    }

    boolean endsWith(String suffix) {
        return end - start >= suffix.length() && matches(end - suffix.length(), suffix);
    }

    boolean contains(String part) {
        for (int i = start; i + part.length() <= end; i++) {
            if (matches(i, part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many base64 digits the current line holds, not counting {@code =} padding, or -1 when it holds anything else
     * (blanks inside a line are allowed, as trilead drops them).
     */
    int base64Digits() {
        int digits = 0;
        for (int i = start; i < end; i++) {
            int v = base64Value(text[i]);
            if (v >= 0) {
                digits++;
            } else if (v == -3) {
                return -1;
            }
        }
        return digits;
    }

    /** The value of a base64 digit; -1 for a blank, -2 for {@code =}, -3 for anything else. */
    static int base64Value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+') {
            return 62;
        }
        if (c == '/') {
            return 63;
        }
        if (c == '=') {
            return -2;
        }
        return isBlank(c) ? -1 : -3;
    }

    private boolean matches(int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (text[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
    }
}
