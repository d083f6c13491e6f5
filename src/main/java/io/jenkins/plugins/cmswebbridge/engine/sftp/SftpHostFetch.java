package io.jenkins.plugins.cmswebbridge.engine.sftp;

import com.trilead.ssh2.Connection;
import com.trilead.ssh2.SFTPException;
import com.trilead.ssh2.SFTPv3Client;
import com.trilead.ssh2.SFTPv3FileAttributes;
import com.trilead.ssh2.SFTPv3FileHandle;
import com.trilead.ssh2.sftp.ErrorCodes;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.LeakScanner;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sftp.SftpFetchProblem.Kind;
import io.jenkins.plugins.cmswebbridge.engine.ssh.ConnectFailures;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import io.jenkins.plugins.cmswebbridge.engine.ssh.HostFailure;
import io.jenkins.plugins.cmswebbridge.engine.ssh.MmpAccess;
import io.jenkins.plugins.cmswebbridge.engine.ssh.MmpConnection;
import io.jenkins.plugins.cmswebbridge.engine.ssh.MmpConnector;
import io.jenkins.plugins.cmswebbridge.engine.ssh.RunControl;
import io.jenkins.plugins.cmswebbridge.engine.ssh.Watchdog;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;

/**
 * Fetches the log of one MMP into the scanner: connect and authenticate as the restart does ({@link MmpConnector}:
 * the host key is checked before any credential is sent), start SFTP, check the file's size, then stream it in
 * chunks into {@link LeakScanner#read} (which reads a log bundle's files one after the other). One time bound covers
 * all of it: when it passes, the connection is closed
 * under the waiting thread, as {@code CommandRunner} does for commands. Every way this can fail becomes one
 * {@link SftpFetchProblem}; only an abort is thrown. The connection is always closed.
 */
public final class SftpHostFetch {

    private final HostAddress host;
    private final MmpLogSettings settings;
    private final MmpConnector connector;
    private final RunControl control;
    private final Watchdog watchdog;
    /** What the fetch is doing, for messages about a fetch that took too long or failed. */
    private String step = "connecting";

    SftpHostFetch(HostAddress host, MmpLogSettings settings, MmpAccess access) {
        this.host = host;
        this.settings = settings;
        this.control = access.control();
        this.watchdog = access.watchdog();
        this.connector = new MmpConnector(host, settings.getTimeouts(), access, fingerprint -> {});
    }

    /** The name the report gives the file read from this host: {@code host:port:path}. */
    String fileName() {
        return host.display() + ":" + settings.getRemotePath();
    }

    /**
     * @return {@code null} when the whole file was read, otherwise why not (lines read before a problem count)
     * @throws InterruptedException when the run was aborted; the connection is closed
     */
    SftpFetchProblem run(LeakScanner scanner) throws InterruptedException {
        MmpConnection mmp = connector.connection();
        Watchdog.Timer deadline = watchdog.arm(settings.getFetchTimeout(), mmp::closeInBackground);
        SftpFileStream stream = null;
        step = "connecting";
        try (mmp) {
            Connection connection = mmp.open(s -> step = s).ssh();
            step = "starting SFTP";
            SFTPv3Client sftp = new SFTPv3Client(connection);
            step = "checking the file";
            String path = settings.getRemotePath();
            SFTPv3FileAttributes attributes = sftp.stat(path);
            if (!isRegularFile(attributes)) {
                return problem(Kind.SFTP_FAILED, "'" + path + "' is not a regular file");
            }
            Long size = attributes.size;
            if (size != null && size > settings.getMaxBytes()) {
                return problem(
                        Kind.TOO_BIG,
                        "'" + path + "' has " + size + " bytes, more than the bound of " + settings.getMaxBytes()
                                + "; not read");
            }
            step = "opening the file";
            SFTPv3FileHandle handle = sftp.openFileRO(path);
            step = "reading the file";
            stream = new SftpFileStream(sftp, handle, settings.getMaxBytes());
            LeakScanner.Ending ending;
            try {
                ending = read(scanner, stream);
            } finally {
                closeQuietly(sftp, handle);
            }
            if (stream.exceeded()) {
                return problem(
                        Kind.TOO_BIG,
                        "'" + path + "' grew past the bound of " + settings.getMaxBytes()
                                + " bytes while it was read; the lines in those bytes were used");
            }
            return switch (ending) {
                case WHOLE -> null;
                case CAPPED ->
                    problem(
                            Kind.TOO_BIG,
                            "'" + path + "' holds more than the scanner reads of one file once decompressed; the lines"
                                    + " before the cap were used");
                case CUT_SHORT ->
                    problem(
                            Kind.INCOMPLETE,
                            "'" + path
                                    + "' is cut short (its gzip data or log bundle ends early); the lines before were"
                                    + " used");
                case DAMAGED ->
                    problem(Kind.INCOMPLETE, "'" + path + "' holds damaged gzip data; the lines before were used");
            };
        } catch (HostFailure f) {
            if (deadline.fired()) {
                return timedOut(step, stream);
            }
            return problem(kindOf(f.kind()), f.getMessage());
        } catch (IOException e) {
            if (control.isAborted() || isInterrupt(e)) {
                throw new InterruptedException("aborted while " + step);
            }
            if (deadline.fired()) {
                return timedOut(step, stream);
            }
            return failed(e, step, stream);
        } finally {
            deadline.disarm();
        }
    }

    /**
     * Streams the file into the scanner. The scanner reports any {@link InterruptedIOException} as an interrupt;
     * unless the run was aborted, that was a socket timeout, and it is a failure of the read like any other.
     */
    private LeakScanner.Ending read(LeakScanner scanner, SftpFileStream stream)
            throws IOException, InterruptedException {
        try {
            return scanner.read(stream, fileName());
        } catch (InterruptedException e) {
            if (control.isAborted() || Thread.currentThread().isInterrupted()) {
                throw e;
            }
            throw new IOException("the read timed out after " + stream.offset() + " bytes", e);
        }
    }

    private SftpFetchProblem failed(IOException e, String step, SftpFileStream stream) {
        if (e instanceof SFTPException s) {
            int code = s.getServerErrorCode();
            if (code == ErrorCodes.SSH_FX_NO_SUCH_FILE || code == ErrorCodes.SSH_FX_NO_SUCH_PATH) {
                return problem(Kind.NO_SUCH_FILE, "'" + settings.getRemotePath() + "' does not exist on the MMP");
            }
            return problem(
                    Kind.SFTP_FAILED,
                    "the SFTP server refused " + step + ": " + ConnectFailures.rootMessage(e) + readSoFar(stream));
        }
        if (stream != null || connectionLost(e)) {
            return problem(
                    Kind.DISCONNECTED,
                    "the connection was lost while " + step + ": " + ConnectFailures.rootMessage(e)
                            + readSoFar(stream));
        }
        return problem(Kind.SFTP_FAILED, "SFTP failed while " + step + ": " + ConnectFailures.rootMessage(e));
    }

    private SftpFetchProblem timedOut(String step, SftpFileStream stream) {
        return problem(
                Kind.TIMED_OUT,
                "the fetch took longer than " + settings.getFetchTimeout().toSeconds() + " s (while " + step
                        + "); the connection was closed" + readSoFar(stream));
    }

    private static String readSoFar(SftpFileStream stream) {
        return stream == null ? "" : "; the lines in the first " + stream.offset() + " bytes were used";
    }

    private SftpFetchProblem problem(Kind kind, String reason) {
        return new SftpFetchProblem(host, kind, reason);
    }

    /** The fetch's kind for a failure to connect or authenticate, as {@link MmpConnector} reports it. */
    static Kind kindOf(FailureKind kind) {
        return switch (kind) {
            case HOST_KEY_REJECTED -> Kind.HOST_KEY_REJECTED;
            case AUTHENTICATION_FAILED, AUTHENTICATION_TIMEOUT -> Kind.AUTHENTICATION_FAILED;
            default -> Kind.UNREACHABLE;
        };
    }

    /**
     * Whether the (followed) file is a regular file, from its POSIX type bits; a server that sends no permissions is
     * given the benefit of the doubt. trilead's own {@code isSymlink()} cannot be used: it tests bits that every
     * regular file has.
     */
    static boolean isRegularFile(SFTPv3FileAttributes attributes) {
        Integer permissions = attributes.permissions;
        return permissions == null || (permissions & 0170000) == 0100000;
    }

    /** An interrupt (abort) rather than a socket timeout. */
    private static boolean isInterrupt(IOException e) {
        return e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)
                || Thread.currentThread().isInterrupted();
    }

    /** trilead's words for a connection that went away under a session or an SFTP request. */
    private static boolean connectionLost(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("closed") || m.contains("Closed") || m.contains("end of sftp stream")) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(SFTPv3Client sftp, SFTPv3FileHandle handle) {
        try {
            sftp.closeFile(handle);
        } catch (IOException e) {
            // the connection is going away anyway; it is closed right after
        }
        sftp.close();
    }
}
