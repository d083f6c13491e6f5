package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

/**
 * A position in one line of text, moved forward by the readers of {@link SyslogLine} and {@link StatsLine}: each
 * {@code take...} method either consumes what it looks for and says so, or leaves the position where it was. Spaces
 * are the ASCII ones a regular expression's {@code \s} means (space, tab, line feed, vertical tab, form feed, carriage
 * return); digits are ASCII {@code 0-9}.
 */
final class LineCursor {

    private final String text;
    private int at;
    private long value;

    LineCursor(String text, int at) {
        this.text = text;
        this.at = at;
    }

    int at() {
        return at;
    }

    boolean atEnd() {
        return at >= text.length();
    }

    void skip(int count) {
        at = Math.min(text.length(), at + count);
    }

    boolean take(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    boolean take(String word) {
        if (text.startsWith(word, at)) {
            at += word.length();
            return true;
        }
        return false;
    }

    /** Consumes the spaces here; returns how many there were. */
    int spaces() {
        int from = at;
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
        return at - from;
    }

    /**
     * Consumes {@code min} to {@code max} digits, as many as there are; returns how many, or -1 (and consumes nothing)
     * when there are fewer than {@code min} or a digit follows the {@code max}th. {@link #value()} then gives their
     * value when there are at most 18 of them.
     */
    int digits(int min, int max) {
        int from = at;
        int end = at;
        long v = 0;
        while (end < text.length() && end - from < max && isDigit(text.charAt(end))) {
            v = v * 10 + text.charAt(end) - '0';
            end++;
        }
        if (end - from < min || end < text.length() && isDigit(text.charAt(end))) {
            return -1;
        }
        at = end;
        value = v;
        return end - from;
    }

    /** The value of the digits the last successful {@link #digits} or {@link #leadingDigits} read (up to 18). */
    long value() {
        return value;
    }

    /** Consumes exactly {@code count} digits, whatever follows; returns their value, or -1 (consuming nothing). */
    int leadingDigits(int count) {
        if (at + count > text.length()) {
            return -1;
        }
        int v = 0;
        for (int i = at; i < at + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + c - '0';
        }
        at += count;
        value = v;
        return v;
    }

    /** The value of the {@code count} digits that end here (after {@link #digits} said there were {@code count}). */
    int intBefore(int count) {
        return Integer.parseInt(text, at - count, at, 10);
    }

    long longBefore(int count) {
        return Long.parseLong(text, at - count, at, 10);
    }

    /** Consumes characters up to the next space, or to the end; returns how many. */
    int word() {
        int from = at;
        while (at < text.length() && !isSpace(text.charAt(at))) {
            at++;
        }
        return at - from;
    }

    /** Whether the character here, if any, is a letter, a digit or an underscore (a regular expression's {@code \w}). */
    boolean atWordCharacter() {
        if (atEnd()) {
            return false;
        }
        char c = text.charAt(at);
        return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
