package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The decompressed bytes of one file, counted and capped: every byte taken from it counts, whether the scanner reads
 * it or a log bundle skips it (a tar header, padding, a member that is not read), and it ends at the cap. {@link
 * #capped()} then says that more was there.
 */
final class CappedInput extends FilterInputStream {

    private final long cap;
    private long count;
    private boolean capped;

    CappedInput(InputStream in, long cap) {
        super(in);
        this.cap = cap;
    }

    @Override
    public int read() throws IOException {
        if (atCap()) {
            return -1;
        }
        int b = in.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (atCap()) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, cap - count));
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        if (n <= 0 || atCap()) {
            return 0;
        }
        long skipped = in.skip(Math.min(n, cap - count));
        count += Math.max(0, skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Whether the cap is reached; when it is, whether anything was left (read once, and never passed on). */
    private boolean atCap() throws IOException {
        if (count < cap) {
            return false;
        }
        if (!capped && in.read() >= 0) {
            capped = true;
        }
        return true;
    }

    /** The bytes taken so far. */
    long count() {
        return count;
    }

    /** Whether the file had more than the cap. */
    boolean capped() {
        return capped;
    }
}
