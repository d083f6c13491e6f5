package io.jenkins.plugins.cmswebbridge.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the first {@code limit} bytes of a command's output and its last {@value #TAIL} bytes, and counts the rest,
 * so that an MMP that floods its output cannot exhaust the memory of the node running the build. Every byte, kept or
 * not, is also read for the answer's signs ({@link TerminalScan}), so that a failure sign in the middle of a flood,
 * and the answer it prints last, are both seen.
 */
public final class BoundedOutput {

    /** Bytes kept from the end of the output, once the start is full. */
    static final int TAIL = 4096;

    private final int limit;
    private final ByteArrayOutputStream head;
    private final byte[] tail = new byte[TAIL];
    private int tailStart;
    private int tailLength;
    private long total;
    private final TerminalScan scan = new TerminalScan();

    public BoundedOutput(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        this.limit = limit;
        this.head = new ByteArrayOutputStream(Math.min(limit, 8192));
    }

    public synchronized void append(byte[] data, int offset, int length) {
        int room = Math.max(0, Math.min(length, limit - head.size()));
        if (room > 0) {
            head.write(data, offset, room);
        }
        for (int i = offset + room; i < offset + length; i++) {
            tail[(tailStart + tailLength) % TAIL] = data[i];
            if (tailLength < TAIL) {
                tailLength++;
            } else {
                tailStart = (tailStart + 1) % TAIL;
            }
        }
        total += length;
        scan.feed(data, offset, length);
    }

    /** What the output received so far shows. */
    public synchronized AnswerSigns signs() {
        return scan.signs();
    }

    /** The output received so far, as a command's result. */
    synchronized CommandOutput result(Integer exitStatus) {
        return new CommandOutput(exitStatus, text(), droppedBytes(), signs());
    }

    /** Bytes received in all, kept or not. */
    public synchronized long totalBytes() {
        return total;
    }

    /** Bytes received beyond what is kept (the start and the tail) and dropped. */
    public synchronized long droppedBytes() {
        return total - head.size() - tailLength;
    }

    /**
     * The kept output as text: the start, and when more came, a marker line and the tail. Bytes that are not
     * UTF-8 become U+FFFD.
     */
    public synchronized String text() {
        String start = head.toString(StandardCharsets.UTF_8);
        if (tailLength == 0) {
            return start;
        }
        byte[] end = new byte[tailLength];
        for (int i = 0; i < tailLength; i++) {
            end[i] = tail[(tailStart + i) % TAIL];
        }
        long dropped = droppedBytes();
        return start
                + (dropped > 0 ? "\n[... " + dropped + " bytes not kept ...]\n" : "")
                + new String(end, StandardCharsets.UTF_8);
    }
}
