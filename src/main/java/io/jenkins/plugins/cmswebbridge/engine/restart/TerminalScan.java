package io.jenkins.plugins.cmswebbridge.engine.restart;

import io.jenkins.plugins.cmswebbridge.engine.problem.Text;

/**
 * A terminal model of an MMP command's answer as it streams in: it turns bytes into what a terminal shows and tells
 * its {@link Listener} each printed character, the end of what was written after each line feed or carriage return,
 * and each line as finally shown. Memory is bounded whatever the size of the answer.
 *
 * <p>The model: UTF-8 text; escape sequences (CSI, OSC and the other string sequences, two-character escapes) are
 * removed, and an erase in line ({@code ESC [ K}) blanks the line as a terminal does; a tab is a blank; a backspace
 * moves the cursor left; a carriage return moves it to the start of the line, so that what follows overwrites the
 * line; a line feed ends the line; every other control character and every bidirectional formatting character is
 * dropped. A line feed or carriage return also ends an escape sequence left open, and so does its {@value
 * #MAX_SEQUENCE}th character, so that an answer cannot hide the rest of itself in one.
 */
final class TerminalScan {

    /** Characters kept of a line as shown, and of what is written after a line break: enough for a reason. */
    static final int LINE_CAP = 1024;
    /** Longest escape sequence read as one: its next character is text again. */
    static final int MAX_SEQUENCE = 256;

    /** What the terminal shows, as it happens. */
    interface Listener {
        /** A character was written (printable, after the escape sequences were removed). */
        void printed(char c);

        /** A line feed or carriage return ends what was written since the last one (its first characters). */
        void writtenEnded(CharSequence written);

        /** A line feed ends the line, as the terminal finally shows it. */
        void lineShown(CharSequence line);
    }

    private enum State {
        TEXT,
        ESCAPE,
        ESCAPE_INTERMEDIATE,
        CSI,
        STRING,
        STRING_ESCAPE
    }

    private final Listener listener;
    private State state = State.TEXT;
    private int sequenceLength;
    private int csiParameter;
    private int utf8Needed;
    private int utf8CodePoint;
    /** The current line as the terminal shows it, and the cursor. */
    private final Chars line = new Chars(LINE_CAP);

    private int column;
    /** The start of what was written since the last line feed or carriage return. */
    private final Chars written = new Chars(LINE_CAP);

    TerminalScan(Listener listener) {
        this.listener = listener;
    }

    /** The line not yet ended by a line feed, as shown so far. */
    CharSequence pendingLine() {
        return line;
    }

    /** What was written since the last line feed or carriage return. */
    CharSequence pendingWritten() {
        return written;
    }

    /** Reads the next bytes of the answer. */
    void feed(byte[] data, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            int b = data[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F && state == State.TEXT && utf8Needed == 0) {
                put((char) b); // printable ASCII outside any sequence: most of any answer
            } else if (b < 0x80 || b >= 0xC0 || utf8Needed == 0) {
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
                listener.lineShown(line);
                line.clear();
                column = 0;
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
            line.set(i, ' ');
        }
    }

    private void put(char c) {
        written.append(c);
        listener.printed(c);
        if (column < line.length()) {
            line.set(column, c);
        } else if (column == line.length()) {
            line.append(c);
        }
        column = Math.min(column + 1, LINE_CAP + 1);
    }

    private void endWritten() {
        listener.writtenEnded(written);
        written.clear();
    }

    /** Characters up to a cap, beyond which appending does nothing. */
    static final class Chars implements CharSequence {
        private final char[] chars;
        private int length;

        Chars(int cap) {
            chars = new char[cap];
        }

        void append(char c) {
            if (length < chars.length) {
                chars[length++] = c;
            }
        }

        void set(int index, char c) {
            chars[index] = c;
        }

        void clear() {
            length = 0;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return chars[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().substring(start, end);
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
