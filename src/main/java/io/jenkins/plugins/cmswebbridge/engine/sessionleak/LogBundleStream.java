package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import io.jenkins.plugins.cmswebbridge.engine.BlockInputStream;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The text of a log file as the MMP serves it: plain, gzip, or a log bundle (a gzip-compressed tar). Gzip is
 * recognised by its magic bytes and a tar by the {@code ustar} mark of its first header; a tar gives the contents of
 * its regular files one after the other, each ended by a line feed (added when missing), without the headers and padding that would
 * otherwise glue each file's first line to binary junk. Members that are themselves compressed are passed on as
 * they are (the scanner finds no statistics in them). Streamed: memory holds one header and the buffers of the
 * decompressor. Detection happens on the first read, so that its failures reach the reader like any other.
 */
public final class LogBundleStream extends BlockInputStream {

    private static final int BLOCK = 512;

    private final InputStream raw;
    private InputStream in;
    private boolean tar;
    private long remaining;
    private long padding;
    private boolean memberEnded;
    private boolean lineEnd;
    private boolean done;

    public LogBundleStream(InputStream raw) {
        this.raw = raw;
    }

    @Override
    protected int readSome(byte[] b, int off, int len) throws IOException {
        if (in == null) {
            open();
        }
        if (!tar) {
            return in.read(b, off, len);
        }
        while (true) {
            if (remaining > 0) {
                int n = in.read(b, off, (int) Math.min(len, remaining));
                if (n < 0) {
                    throw new EOFException("the log bundle ends inside a file");
                }
                remaining -= n;
                if (remaining == 0) {
                    memberEnded = true;
                    lineEnd = b[off + n - 1] != '\n';
                }
                return n;
            }
            if (memberEnded) {
                memberEnded = false;
                skipInput(padding);
                if (lineEnd) {
                    b[off] = '\n';
                    return 1;
                }
            }
            if (done) {
                return -1;
            }
            nextMember();
        }
    }

    private void open() throws IOException {
        InputStream buffered = new BufferedInputStream(raw, 64 * 1024);
        buffered.mark(2);
        boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
        buffered.reset();
        in = gzip ? new BufferedInputStream(new GZIPInputStream(buffered, 64 * 1024), 64 * 1024) : buffered;
        in.mark(BLOCK);
        byte[] header = in.readNBytes(BLOCK);
        in.reset();
        tar = header.length == BLOCK && isTarHeader(header);
    }

    static boolean isTarHeader(byte[] header) {
        return "ustar".equals(new String(header, 257, 5, StandardCharsets.US_ASCII));
    }

    /** Reads headers up to the next regular file with content, skipping other entries; or finds the end. */
    private void nextMember() throws IOException {
        while (true) {
            byte[] header = in.readNBytes(BLOCK);
            if (header.length == 0 || isZero(header)) {
                done = true;
                return;
            }
            if (header.length < BLOCK) {
                throw new EOFException("the log bundle ends inside a header");
            }
            long size = size(header);
            long pad = (BLOCK - size % BLOCK) % BLOCK;
            byte type = header[156];
            if ((type == '0' || type == 0 || type == '7') && size > 0) {
                remaining = size;
                padding = pad;
                return;
            }
            skipInput(size + pad);
        }
    }

    /** The size field: octal text, or GNU's base-256 when its first byte has the high bit set. */
    private static long size(byte[] header) throws IOException {
        long size = 0;
        if ((header[124] & 0x80) != 0) {
            for (int i = 125; i < 136; i++) {
                size = size << 8 | header[i] & 0xff;
            }
            return size;
        }
        for (int i = 124; i < 136; i++) {
            byte c = header[i];
            if (c == 0 || c == ' ') {
                if (size > 0) {
                    break;
                }
                continue;
            }
            if (c < '0' || c > '7') {
                throw new IOException("a log bundle header has a size that is not a number");
            }
            size = size * 8 + (c - '0');
        }
        return size;
    }

    private void skipInput(long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long n = in.skip(left);
            if (n <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the log bundle ends early");
                }
                n = 1;
            }
            left -= n;
        }
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
