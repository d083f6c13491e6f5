package io.jenkins.plugins.cmswebbridge.sim;

/** One read request a simulated MMP's SFTP server received: where in the file, and how many bytes were asked for. */
public record SftpRead(long offset, int length) {}
