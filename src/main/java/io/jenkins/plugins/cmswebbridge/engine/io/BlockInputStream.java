package io.jenkins.plugins.cmswebbridge.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * An input stream that reads in blocks: a single-byte read is a one-byte block read, and an empty read returns 0
 * without touching the source, so that subclasses only say how to read some bytes.
 */
public abstract class BlockInputStream extends InputStream {

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public final int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        return len == 0 ? 0 : readSome(b, off, len);
    }

    /** Reads at least one byte (blocking until one comes), or returns -1 at the end. */
    protected abstract int readSome(byte[] b, int off, int len) throws IOException;
}
