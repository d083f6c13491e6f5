package io.jenkins.plugins.cmswebbridge.sim;

/** What the SFTP side of a simulated MMP does wrong when a client reads its syslog file. */
public enum SftpFault {
    /** Serves the file as it is. */
    NONE,
    /** The file is not there (nothing is served). */
    NO_SUCH_FILE,
    /** Answers every read request after a delay (see {@code MmpSimulator.Builder.sftpReadDelay}). */
    SLOW,
    /**
     * The file is huge (see {@code sftpHugeBytes}): the content, then a sparse tail of zeros, so nothing of that size
     * is written to disk.
     */
    HUGE,
    /** The file is served with its size, then grows (a sparse tail up to {@code sftpHugeBytes}) once it is opened. */
    GROWING,
    /** The whole SSH connection drops once a read asks for data past {@code sftpDropAfter} bytes. */
    DROP_MID_FILE
}
