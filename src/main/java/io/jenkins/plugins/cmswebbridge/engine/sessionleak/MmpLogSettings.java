package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import io.jenkins.plugins.cmswebbridge.engine.ssh.SshTimeouts;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the session-leak condition fetches each MMP's log over SFTP: the remote file, a size bound, a time
 * bound for the whole fetch of one host, and the connection timeouts (the restart's defaults). Validated when built;
 * each bad value names its field. Plain data that travels to the node running the build; no secret.
 *
 * <p>The default file, {@value #DEFAULT_REMOTE_PATH}: Cisco's documents that could be consulted name no plain
 * syslog file that the MMP serves over SFTP; they do name the log bundle, {@code logbundle.tar.gz}, fetched from the
 * MMP with an SFTP client ("Configure and Troubleshoot the WebApp SSO on CMS", Cisco document 221573, section
 * Troubleshooting, Basic Troubleshooting:
 * https://www.cisco.com/c/en/us/support/docs/conferencing/meeting-server/221573-configure-and-troubleshoot-the-webapp-ss.html).
 * It is a gzip-compressed tar of the MMP's logs, whose files the fetch reads one after the other
 * ({@link LogBundleStream}); a plain or gzip syslog file is read as well. The name stays a setting, and the MMP
 * Command Reference should be checked for a plain syslog file on the MMP in use.
 */
public final class MmpLogSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The log bundle the MMP serves over SFTP (see the class comment for the source). */
    public static final String DEFAULT_REMOTE_PATH = "logbundle.tar.gz";

    public static final long DEFAULT_MAX_BYTES = 256L << 20;
    /** At most what the scanner reads of one file. */
    public static final long MAX_MAX_BYTES = LeakScanner.MAX_FILE_BYTES;

    public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofMinutes(5);
    public static final int MAX_PATH_LENGTH = 1024;

    private final String remotePath;
    private final long maxBytes;
    private final Duration fetchTimeout;
    private final SshTimeouts timeouts;

    private MmpLogSettings(Builder b) {
        this.remotePath = b.remotePath;
        this.maxBytes = b.maxBytes;
        this.fetchTimeout = b.fetchTimeout;
        this.timeouts = b.timeouts;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The file to read on each MMP, relative to the SFTP login directory or absolute. */
    public String getRemotePath() {
        return remotePath;
    }

    /** A larger file is refused before it is read; a file that grows past it is read up to it. */
    public long getMaxBytes() {
        return maxBytes;
    }

    /** The whole fetch of one host, from the TCP connect to the last byte; then its connection is closed. */
    public Duration getFetchTimeout() {
        return fetchTimeout;
    }

    /** Reaching the MMP: the restart's connect, key exchange and authentication timeouts by default. */
    public SshTimeouts getTimeouts() {
        return timeouts;
    }

    /** Builds {@link MmpLogSettings}; {@link #build()} checks every value. */
    public static final class Builder {
        private String remotePath = DEFAULT_REMOTE_PATH;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private Duration fetchTimeout = DEFAULT_FETCH_TIMEOUT;
        private SshTimeouts timeouts = SshTimeouts.DEFAULT;

        private Builder() {}

        public Builder remotePath(String value) {
            remotePath = value;
            return this;
        }

        public Builder maxBytes(long value) {
            maxBytes = value;
            return this;
        }

        public Builder fetchTimeout(Duration value) {
            fetchTimeout = value;
            return this;
        }

        public Builder timeouts(SshTimeouts value) {
            timeouts = Objects.requireNonNull(value, "timeouts");
            return this;
        }

        /** @throws IllegalArgumentException naming the field of the first bad value */
        public MmpLogSettings build() {
            ValueProblem pathProblem = pathProblem(remotePath);
            if (pathProblem != null) {
                throw new InvalidValueException(pathProblem.inField("remotePath"), null);
            }
            if (maxBytes < 1 || maxBytes > MAX_MAX_BYTES) {
                throw new IllegalArgumentException(
                        "maxBytes: must be between 1 and " + MAX_MAX_BYTES + ", was " + maxBytes);
            }
            SshTimeouts.check("fetchTimeout", fetchTimeout);
            return new MmpLogSettings(this);
        }
    }

    /**
     * What is wrong with a remote path, or {@code null} when it can be used: it is required, at most
     * {@value #MAX_PATH_LENGTH} characters, printable, and names a file (no trailing {@code /}).
     */
    @CheckForNull
    public static ValueProblem pathProblem(String path) {
        if (path == null || path.isBlank()) {
            return ValueProblem.of(ProblemCode.MMP_LOG_REQUIRED, DEFAULT_REMOTE_PATH);
        }
        if (path.length() > MAX_PATH_LENGTH) {
            return ValueProblem.of(ProblemCode.MMP_LOG_TOO_LONG, MAX_PATH_LENGTH);
        }
        if (!Text.oneLine(path).equals(path)) {
            return ValueProblem.of(ProblemCode.MMP_LOG_CONTROL);
        }
        if (path.endsWith("/")) {
            return ValueProblem.of(ProblemCode.MMP_LOG_DIRECTORY);
        }
        return null;
    }
}
