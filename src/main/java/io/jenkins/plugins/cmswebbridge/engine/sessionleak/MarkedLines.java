package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Finds the lines of a syslog stream that carry a statistics marker, without decoding the others: the bytes are
 * read eight at a time, and each word tells at once where its line ends and where an {@code 'S'} stands, the first
 * letter of both markers ({@code [DEBUGGING] Stats}, {@code STATS:}); only a line with a marker is turned into text.
 * Lines end at {@code \n} (a {@code \r} before it is dropped).
 *
 * <p>Bounded whatever the input: a line is kept up to {@code maxLine} bytes (a longer line with a marker in its kept
 * part is passed on as cut, and the rest of it is read and dropped), and the calling thread's interrupt is checked at
 * every read from the stream. The bytes of the stream are capped by the stream itself ({@link CappedInput}).
 */
final class MarkedLines {

    /** Receives each line that holds a marker. */
    interface Sink {
        /**
         * @param number the line's 1-based number in the stream
         * @param cut whether the line was longer than the limit and {@code text} is its start
         */
        void line(String text, long number, boolean cut);
    }

    private static final int BUFFER = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;
    private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;
    private static final long ESSES = 0x5353535353535353L;
    private static final byte[] WEB_BRIDGE = StatsLine.WEB_BRIDGE_MARKER.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CALL_BRIDGE = StatsLine.CALL_BRIDGE_MARKER.getBytes(StandardCharsets.US_ASCII);
    /** Where 'S' stands in the web bridge marker ("[DEBUGGING] Stats"). */
    private static final int WEB_BRIDGE_S = StatsLine.WEB_BRIDGE_MARKER.indexOf('S');

    private final InputStream in;
    private final int maxLine;
    private final byte[] buf;

    // after each process(): the unfinished line at the end of the buffer starts at lineStart and has the number
    // `number`
    private long number = 1;
    private int lineStart;

    MarkedLines(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
        this.buf = new byte[BUFFER + maxLine + 8];
    }

    /**
     * Reads the stream to its end and passes every line with a marker to {@code sink}.
     *
     * @throws InterruptedIOException when the thread was interrupted
     */
    void scan(Sink sink) throws IOException {
        int carry = 0; // the unfinished line's bytes, at buf[0..carry)
        boolean skipping = false; // inside a line longer than maxLine, already dealt with: drop until '\n'
        while (true) {
            int n = fill(carry);
            if (n <= 0) {
                break;
            }
            int end = carry + n;
            int from = 0;
            if (skipping) {
                int newline = indexOf(buf, (byte) '\n', 0, end);
                if (newline < 0) {
                    continue; // carry stays 0: the whole read belongs to the long line
                }
                skipping = false;
                number++;
                from = newline + 1;
            }
            process(from, end, sink);
            int tail = end - lineStart;
            if (tail > maxLine) {
                markerInPrefix(lineStart, end, sink);
                skipping = true;
                carry = 0;
            } else {
                System.arraycopy(buf, lineStart, buf, 0, tail);
                carry = tail;
            }
        }
        if (carry > 0) {
            // the last line has no line end
            buf[carry] = '\n';
            process(0, carry + 1, sink);
        } else if (skipping) {
            number++; // the last line was long and had no line end
        }
    }

    /** Lines read so far (all of them once {@link #scan} returned). */
    long lines() {
        return number - 1;
    }

    /** Reads after the carried bytes; 0 or less at the end of the stream. */
    private int fill(int carry) throws IOException {
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the logs");
        }
        // one read, which may be short: bytes read before a failure (a truncated gzip) are not lost
        return in.read(buf, carry, BUFFER);
    }

    /**
     * Scans complete lines in buf[from, end), {@code from} being a line start: counts them and passes on those with a
     * marker. The loop only counts line ends; where a line starts is worked out backwards for the few lines with a
     * marker, and for the unfinished line at the end.
     */
    private void process(int from, int end, Sink sink) {
        long lines = number;
        int emittedUntil = from; // the rest of a line already passed on is not looked at again
        int i = from;
        for (; i + 8 <= end; i += 8) {
            long word = (long) LONGS.get(buf, i);
            long newlines = zeros(word ^ NEWLINES);
            long esses = zeros(word ^ ESSES);
            while (esses != 0) {
                long bit = esses & -esses;
                esses &= esses - 1;
                int at = i + (Long.numberOfTrailingZeros(bit) >>> 3);
                if (at >= emittedUntil && isMarker(at, from, end)) {
                    emittedUntil = emit(at, from, end, lines + Long.bitCount(newlines & (bit - 1)), sink);
                    if (emittedUntil < 0) {
                        return; // the line is unfinished: it is carried to the next read
                    }
                }
            }
            lines += Long.bitCount(newlines);
        }
        for (; i < end; i++) {
            if (buf[i] == 'S' && i >= emittedUntil && isMarker(i, from, end)) {
                emittedUntil = emit(i, from, end, lines, sink);
                if (emittedUntil < 0) {
                    return;
                }
            }
            if (buf[i] == '\n') {
                lines++;
            }
        }
        number = lines;
        lineStart = lineStartBefore(end, from);
    }

    /**
     * Passes on the line holding the marker at {@code at}, whose number is {@code lineNumber}.
     *
     * @return where the line ends, or -1 when it has no end yet ({@link #number} and {@link #lineStart} then say
     *     where it starts)
     */
    private int emit(int at, int from, int end, long lineNumber, Sink sink) {
        int start = lineStartBefore(at, from);
        int lineEnd = indexOf(buf, (byte) '\n', at, end);
        if (lineEnd < 0) {
            number = lineNumber;
            lineStart = start;
            return -1;
        }
        int length = lineEnd - start;
        if (length > maxLine) {
            if (at + CALL_BRIDGE.length <= start + maxLine) {
                sink.line(text(start, maxLine), lineNumber, true);
            }
        } else {
            sink.line(text(start, length), lineNumber, false);
        }
        return lineEnd;
    }

    /** Where the line holding position {@code at} starts, {@code from} being a line start. */
    private int lineStartBefore(int at, int from) {
        for (int i = at - 1; i >= from; i--) {
            if (buf[i] == '\n') {
                return i + 1;
            }
        }
        return from;
    }

    /** An overlong unfinished line: passed on as cut if its kept start holds a marker. */
    private void markerInPrefix(int start, int end, Sink sink) {
        int last = Math.min(end, start + maxLine);
        for (int i = start; i < last; i++) {
            if (buf[i] == 'S' && isMarker(i, start, last)) {
                sink.line(text(start, maxLine), number, true);
                return;
            }
        }
    }

    /** Whether a marker has its 'S' at {@code at}; both markers are free of line ends, so they sit in one line. */
    private boolean isMarker(int at, int from, int end) {
        return matches(at, end, CALL_BRIDGE)
                || at - WEB_BRIDGE_S >= from && matches(at - WEB_BRIDGE_S, end, WEB_BRIDGE);
    }

    private boolean matches(int at, int end, byte[] word) {
        if (at + word.length > end) {
            return false;
        }
        for (int j = 0; j < word.length; j++) {
            if (buf[at + j] != word[j]) {
                return false;
            }
        }
        return true;
    }

    private String text(int start, int length) {
        int n = length > 0 && buf[start + length - 1] == '\r' ? length - 1 : length;
        return new String(buf, start, n, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] bytes, byte b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The high bit set in each byte of {@code word} that is zero, exactly (no carry from byte to byte). */
    private static long zeros(long word) {
        long t = ((word & LOW7) + LOW7) | word;
        return ~(t | LOW7);
    }
}
