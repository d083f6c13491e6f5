package io.jenkins.plugins.cmswebbridge.engine.restart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the first {@code limit} bytes of a command's output and its last {@value #TAIL} bytes, and counts the rest,
 * so that an MMP that floods its output cannot exhaust the memory of the node running the build. Every byte, kept or
 * not, is also read for the answer's signs ({@link AnswerReader}), so that a failure sign in the middle of a flood,
 * and the answer it prints last, are both seen.
 */
public final class BoundedOutput {

    /** Bytes kept from the end of the output, once the start is full. */
    public static final int TAIL = 4096;

    private final int limit;
    private final ByteArrayOutputStream head;
    private final byte[] tail = new byte[TAIL];
    private int tailStart;
    private int tailLength;
    private long total;
    private final AnswerReader scan = new AnswerReader();

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
        toTail(data, offset + room, length - room);
        total += length;
        scan.feed(data, offset, length);
    }

    /** Keeps the last {@value #TAIL} of the bytes beyond the start, in a ring. */
    private void toTail(byte[] data, int from, int n) {
        if (n >= TAIL) {
            System.arraycopy(data, from + n - TAIL, tail, 0, TAIL);
            tailStart = 0;
            tailLength = TAIL;
            return;
        }
        int end = (tailStart + tailLength) % TAIL;
        int first = Math.min(n, TAIL - end);
        System.arraycopy(data, from, tail, end, first);
        System.arraycopy(data, from + first, tail, 0, n - first);
        int overflow = tailLength + n - TAIL;
        if (overflow > 0) {
            tailStart = (tailStart + overflow) % TAIL;
            tailLength = TAIL;
        } else {
            tailLength += n;
        }
    }

    /** What the output received so far shows. */
    public synchronized AnswerSigns signs() {
        return scan.signs();
    }

    /** Whether the output so far asks for a new password; cheap enough to ask after every read. */
    synchronized boolean asksForANewPassword() {
        return scan.asksForANewPassword();
    }

    /** The output received so far, as the command's output. */
    synchronized CommandOutput commandOutput(Integer exitStatus) {
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
