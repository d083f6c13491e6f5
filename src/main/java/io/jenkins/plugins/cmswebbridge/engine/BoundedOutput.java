package io.jenkins.plugins.cmswebbridge.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the first {@code limit} bytes of a command's output and counts the rest, so that an MMP that
 * floods its output cannot exhaust the memory of the node running the build.
 */
public final class BoundedOutput {

    private final int limit;
    private final ByteArrayOutputStream kept;
    private long total;

    public BoundedOutput(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        this.limit = limit;
        this.kept = new ByteArrayOutputStream(Math.min(limit, 8192));
    }

    public synchronized void append(byte[] data, int offset, int length) {
        int room = (int) Math.max(0, Math.min(length, limit - kept.size()));
        if (room > 0) {
            kept.write(data, offset, room);
        }
        total += length;
    }

    /** Bytes received in all, kept or not. */
    public synchronized long totalBytes() {
        return total;
    }

    /** Bytes received beyond the limit and dropped. */
    public synchronized long droppedBytes() {
        return total - kept.size();
    }

    /** The kept output as text; bytes that are not UTF-8 become U+FFFD. */
    public synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }
}
