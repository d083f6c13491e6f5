package io.jenkins.plugins.cmswebbridge.engine.leak;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines as bytes, and tells which carry a statistics marker before anything is decoded: most syslog lines carry
 * none, and are skipped without making a String of them. Bounded whatever the input: a line is kept up to
 * {@code maxLine} bytes (the rest is read and dropped, and the line marked as cut), at most {@code maxBytes} bytes
 * are read (then {@link #capped()} says so), and the calling thread's interrupt is checked at every read from the
 * stream, so that an abort is seen within one buffer even in a file without line ends. Lines end at {@code \n},
 * {@code \r\n} or {@code \r}.
 */
final class ByteLines {

    private static final byte[] WEB_BRIDGE = StatsLine.WEB_BRIDGE_MARKER.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CALL_BRIDGE = StatsLine.CALL_BRIDGE_MARKER.getBytes(StandardCharsets.US_ASCII);
    /** Where 'S' stands in the web bridge marker ("[DEBUGGING] Stats"). */
    private static final int WEB_BRIDGE_S = StatsLine.WEB_BRIDGE_MARKER.indexOf('S');

    private final InputStream in;
    private final int maxLine;
    private final long maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final byte[] assembled;
    private int pos;
    private int end;
    private long consumed;
    private boolean lastWasCr;
    private boolean capped;

    // the current line: bytes[offset, offset + length)
    private byte[] bytes;
    private int offset;
    private int length;
    private boolean cut;

    ByteLines(InputStream in, int maxLine, long maxBytes) {
        this.in = in;
        this.maxLine = maxLine;
        this.maxBytes = maxBytes;
        this.assembled = new byte[maxLine];
    }

    /**
     * Moves to the next line.
     *
     * @return {@code false} at the end of the stream or of the byte budget
     * @throws InterruptedIOException when the thread was interrupted
     */
    boolean next() throws IOException {
        length = 0;
        cut = false;
        boolean started = false;
        boolean inAssembled = false;
        while (true) {
            if (pos == end && !fill()) {
                if (started) {
                    bytes = inAssembled ? assembled : bytes;
                }
                return started;
            }
            if (lastWasCr) {
                lastWasCr = false;
                if (buffer[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            started = true;
            int i = pos;
            while (i < end && buffer[i] != '\n' && buffer[i] != '\r') {
                i++;
            }
            if (i < end && !inAssembled) {
                // the whole line is in the buffer: no copy
                bytes = buffer;
                offset = pos;
                length = Math.min(i - pos, maxLine);
                cut = i - pos > maxLine;
            } else {
                append(pos, i);
                inAssembled = true;
                bytes = assembled;
                offset = 0;
            }
            if (i < end) {
                lastWasCr = buffer[i] == '\r';
                pos = i + 1;
                return true;
            }
            pos = end;
        }
    }

    private void append(int from, int to) {
        int room = maxLine - length;
        int n = Math.min(room, to - from);
        System.arraycopy(buffer, from, assembled, length, n);
        length += n;
        if (to - from > n) {
            cut = true;
        }
    }

    private boolean fill() throws IOException {
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the logs");
        }
        if (consumed >= maxBytes) {
            capped = true;
            return false;
        }
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes - consumed));
        if (n <= 0) {
            return false;
        }
        pos = 0;
        end = n;
        consumed += n;
        return true;
    }

    /** Whether the current line holds a statistics marker (in its kept part). */
    boolean hasMarker() {
        int last = offset + length;
        for (int i = offset; i < last; i++) {
            if (bytes[i] == 'S') {
                if (matches(i, CALL_BRIDGE) || i - WEB_BRIDGE_S >= offset && matches(i - WEB_BRIDGE_S, WEB_BRIDGE)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean matches(int at, byte[] word) {
        if (at + word.length > offset + length) {
            return false;
        }
        for (int j = 0; j < word.length; j++) {
            if (bytes[at + j] != word[j]) {
                return false;
            }
        }
        return true;
    }

    /** The current line as text (invalid UTF-8 becomes U+FFFD). */
    String text() {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    /** Whether the current line was longer than {@code maxLine} bytes and cut. */
    boolean wasCut() {
        return cut;
    }

    /** Bytes read from the stream so far. */
    long consumed() {
        return consumed;
    }

    /** Whether reading stopped at the byte budget rather than at the end of the stream. */
    boolean capped() {
        return capped;
    }
}
