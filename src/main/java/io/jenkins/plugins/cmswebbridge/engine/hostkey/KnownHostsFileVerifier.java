package io.jenkins.plugins.cmswebbridge.engine.hostkey;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.io.UserFiles;
import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemIOException;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Verifies host keys against an OpenSSH {@code known_hosts} file of the node that runs the fleet (read
 * there by {@link #prepare()}, not on the controller). A leading {@code ~/} stands for the home directory
 * of the user the node runs as, as in OpenSSH.
 */
public final class KnownHostsFileVerifier implements HostKeyVerifier {

    private static final long serialVersionUID = 1L;

    /** OpenSSH's per-user file, the default. */
    public static final String DEFAULT_PATH = "~/.ssh/known_hosts";

    private final String path;
    private transient KnownHostsVerifier loaded;

    /** @throws InvalidValueException naming the field when the path is empty */
    public KnownHostsFileVerifier(String path) {
        if (path == null || path.isBlank()) {
            throw new InvalidValueException(ProblemCode.KNOWN_HOSTS_FILE_REQUIRED, DEFAULT_PATH);
        }
        this.path = path.trim();
    }

    public String getPath() {
        return path;
    }

    /** The file this path names on the node running this code. */
    public Path resolve() {
        if (path.equals("~") || path.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), path.substring(1).replaceFirst("^/", ""));
        }
        return Path.of(path);
    }

    /**
     * Reads the file on this node: a regular file of at most 1 MiB, never quoted in messages.
     *
     * @throws ProblemIOException naming the file and what is wrong with it
     */
    @Override
    public synchronized void prepare() throws ProblemIOException {
        Path file = resolve();
        String text;
        try {
            text = UserFiles.readSmallText(file, ProblemCode.KNOWN_HOSTS_FILE);
        } catch (ProblemIOException e) {
            if (e.getProblem().code() != ProblemCode.FILE_MISSING) {
                throw e;
            }
            throw new ProblemIOException(
                    ValueProblem.of(
                            ProblemCode.KNOWN_HOSTS_FILE_MISSING,
                            Text.clip(file.toString(), UserFiles.MAX_PATH),
                            Text.clip(path, UserFiles.MAX_PATH)),
                    e);
        }
        try {
            loaded = new KnownHostsVerifier(text, file.toString());
        } catch (IllegalArgumentException e) {
            throw new ProblemIOException(ProblemIOException.problemOf(e), e);
        }
    }

    private synchronized KnownHostsVerifier loaded() throws HostKeyRejectedException {
        if (loaded == null) {
            try {
                prepare();
            } catch (IOException e) {
                throw new HostKeyRejectedException(e.getMessage());
            }
        }
        return loaded;
    }

    @Override
    public void verify(HostAddress host, String algorithm, byte[] keyBlob) throws HostKeyRejectedException {
        loaded().verify(host, algorithm, keyBlob);
    }

    @Override
    public String[] preferredAlgorithms(HostAddress host, String[] available) {
        try {
            return loaded().preferredAlgorithms(host, available);
        } catch (HostKeyRejectedException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "known hosts file " + path;
    }
}
