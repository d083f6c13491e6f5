package io.jenkins.plugins.cmswebbridge.engine.sftp;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import java.io.Serializable;
import java.util.Objects;

/**
 * Why the log of one MMP was not read, or not read to the end: a kind to decide on, and a reason on one line,
 * sanitised and bounded here whatever its source (it may quote the server or the SSH library). Immutable.
 *
 * @param host the MMP
 * @param kind what went wrong
 * @param reason one line, safe to print, at most {@value #MAX_REASON} characters
 */
public record SftpFetchProblem(HostAddress host, Kind kind, String reason) implements Serializable {

    /** Longest reason kept. */
    public static final int MAX_REASON = 300;

    /**
     * What went wrong. Only {@link #TOO_BIG} (grown while read, or more than the scanner's cap once decompressed),
     * {@link #DISCONNECTED} and {@link #INCOMPLETE} keep lines read before.
     */
    public enum Kind {
        /** Refused, no route, unknown name, no answer to the TCP connect or the SSH handshake, not an SSH server. */
        UNREACHABLE,
        /** The host key is not the one expected; no credential was sent. */
        HOST_KEY_REJECTED,
        /** The MMP refused the credentials or never answered; not retried, to protect the account. */
        AUTHENTICATION_FAILED,
        /** The file does not exist on the MMP. */
        NO_SUCH_FILE,
        /**
         * Larger than the bound: refused before reading, read up to the bound when it grew meanwhile, or read up to
         * the scanner's cap of one file once decompressed (a log bundle's skipped files count).
         */
        TOO_BIG,
        /** The whole fetch of the host took longer than its time bound; its connection was closed. */
        TIMED_OUT,
        /** The connection was lost while the file was read; the lines read before were used. */
        DISCONNECTED,
        /** Read to its end, but its content ends early or is damaged: gzip data or a log bundle cut short. */
        INCOMPLETE,
        /** Any other SFTP failure: no SFTP service, permission denied, not a regular file, a protocol error. */
        SFTP_FAILED
    }

    public SftpFetchProblem {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(kind, "kind");
        reason = Text.clip(reason, MAX_REASON);
    }

    /** {@code host:port: KIND: reason}, the line the session-leak report lists among its file problems. */
    public String line() {
        return host.display() + ": " + kind + ": " + reason;
    }

    @Override
    public String toString() {
        return line();
    }
}
