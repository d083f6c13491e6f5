package io.jenkins.plugins.cmswebbridge.engine.sftp;

import com.trilead.ssh2.SFTPv3Client;
import com.trilead.ssh2.SFTPv3FileHandle;
import io.jenkins.plugins.cmswebbridge.engine.io.BlockInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * A remote file opened over SFTP, read as a stream: each read asks the server for the next chunk at the current
 * offset (at most {@value #CHUNK} bytes, trilead's limit for one request) straight into the caller's array, so
 * nothing is buffered here. Reading stops at {@code limit} bytes: if the file goes on (it grew after its size was
 * checked), the stream ends there and {@link #exceeded()} says so. An interrupted thread ends the stream with an
 * {@link InterruptedIOException}, before the next request goes out. Closing the stream does not close the remote
 * handle; its owner does.
 */
final class SftpFileStream extends BlockInputStream {

    /** The most trilead asks for in one {@code SSH_FXP_READ}. */
    static final int CHUNK = 32 * 1024;

    private final SFTPv3Client client;
    private final SFTPv3FileHandle handle;
    private final long limit;
    private long offset;
    private boolean ended;
    private boolean exceeded;

    SftpFileStream(SFTPv3Client client, SFTPv3FileHandle handle, long limit) {
        this.client = client;
        this.handle = handle;
        this.limit = limit;
    }

    /** Bytes read so far, which is also the offset of the next request. */
    long offset() {
        return offset;
    }

    /** Whether the file went on past the limit, so that only its first {@code limit} bytes were read. */
    boolean exceeded() {
        return exceeded;
    }

    @Override
    protected int readSome(byte[] b, int off, int len) throws IOException {
        if (ended) {
            return -1;
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("reading the remote file was interrupted");
        }
        if (offset >= limit) {
            // one byte more tells a file that grew past the bound from one that ends exactly there
            byte[] probe = new byte[1];
            exceeded = client.read(handle, offset, probe, 0, 1) > 0;
            ended = true;
            return -1;
        }
        int want = (int) Math.min(Math.min(len, CHUNK), limit - offset);
        int n = client.read(handle, offset, b, off, want);
        if (n < 0) {
            ended = true;
            return -1;
        }
        if (n == 0) {
            throw new IOException("the SFTP server answered an empty chunk at offset " + offset);
        }
        offset += n;
        return n;
    }
}
