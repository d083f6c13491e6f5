package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import io.jenkins.plugins.cmswebbridge.engine.io.BlockInputStream;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of a log bundle: the decompressed tar of the MMP's {@code logbundle.tar.gz}, recognised by the {@code ustar}
 * mark of its first header ({@link Head#isTar}). It gives the contents of the tar's regular files one after the other,
 * each ended by a line feed (added when missing), without the headers and padding that would otherwise glue each
 * file's first line to binary junk. Members that are themselves compressed are passed on as they are (the scanner finds
 * no statistics in them); other entries are skipped. Streamed: memory holds one header. Every byte it takes from its
 * source, read or skipped, is the source's to count. A tar that ends inside a header or a file ends with an {@link
 * EOFException}, and {@link #member()} names the file it was in.
 */
public final class LogBundleStream extends BlockInputStream {

    private static final int BLOCK = 512;

    /** Characters of a member's name kept for a message. */
    private static final int MAX_NAME = 100;

    private final InputStream in;
    private String member = "";
    private long remaining;
    private long padding;
    private boolean memberEnded;
    private boolean lineEnd;
    private boolean done;

    /** @param tar the decompressed tar, starting at its first header */
    public LogBundleStream(InputStream tar) {
        this.in = tar;
    }

    /**
     * The stream's first block, then the rest of it, read as it came: a failure while reading that block (a gzip
     * stream cut short) is thrown again after the bytes read before it, so that their lines are still read.
     */
    public record Head(byte[] block, InputStream stream) {

        public static Head of(InputStream in) {
            byte[] block = new byte[BLOCK];
            int length = 0;
            IOException failure = null;
            try {
                while (length < BLOCK) {
                    int n = in.read(block, length, BLOCK - length);
                    if (n < 0) {
                        break;
                    }
                    length += n;
                }
            } catch (IOException e) {
                failure = e;
            }
            IOException failed = failure;
            InputStream rest = failed == null
                    ? in
                    : new InputStream() {
                        @Override
                        public int read() throws IOException {
                            throw failed;
                        }
                    };
            return new Head(
                    Arrays.copyOf(block, length),
                    new SequenceInputStream(new ByteArrayInputStream(block, 0, length), rest));
        }

        /** Whether the stream starts with a tar header. */
        public boolean isTar() {
            return block.length == BLOCK && isTarHeader(block);
        }
    }

    /** The name of the file the tar was in last, as its header gives it (clipped, made safe), or empty. */
    public String member() {
        return member;
    }

    @Override
    protected int readSome(byte[] b, int off, int len) throws IOException {
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

    static boolean isTarHeader(byte[] header) {
        return "ustar".equals(new String(header, 257, 5, StandardCharsets.US_ASCII));
    }

    /** Reads headers up to the next regular file with content, skipping other entries; or finds the end. */
    private void nextMember() throws IOException {
        while (true) {
            byte[] header = in.readNBytes(BLOCK);
            if (header.length == BLOCK && isZero(header)) {
                done = true;
                return;
            }
            if (header.length < BLOCK) {
                throw new EOFException("the log bundle ends before its end mark");
            }
            member = Text.clip(new String(header, 0, nameLength(header), StandardCharsets.UTF_8), MAX_NAME);
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

    private static int nameLength(byte[] header) {
        int n = 0;
        while (n < MAX_NAME && header[n] != 0) {
            n++;
        }
        return n;
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
