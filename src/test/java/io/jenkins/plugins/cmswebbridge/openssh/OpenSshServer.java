package io.jenkins.plugins.cmswebbridge.openssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real OpenSSH {@code sshd} on loopback whose forced command stands in for a CMS MMP (see fake-mmp.sh). A second
 * port serves SFTP only ({@code internal-sftp}), since the forced command would take SFTP requests too.
 * It enables the legacy algorithms Debian's old trilead needs. Run as root, it logs in a dedicated local
 * account, {@value #TEST_USER}, with a fresh random password (locked again on close); otherwise it serves only
 * the current user, with key authentication.
 */
public final class OpenSshServer implements AutoCloseable {

    static final String TEST_USER = "cmswbtest";
    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    /** The passphrase of the second, encrypted user key. */
    static final String KEY_PASSPHRASE = "interop-Key-passphrase";

    private final Path dir;
    private final int port;
    private final int sftpPort;
    private final String username;
    private final String password;
    private final Process process;

    private OpenSshServer(Path dir, int port, int sftpPort, String username, String password, Process process) {
        this.dir = dir;
        this.port = port;
        this.sftpPort = sftpPort;
        this.username = username;
        this.password = password;
        this.process = process;
    }

    /** The sshd binary, if installed. */
    public static Optional<Path> findSshd() {
        Path standard = Path.of("/usr/sbin/sshd");
        if (Files.isExecutable(standard)) {
            return Optional.of(standard);
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(":")) {
                Path candidate = Path.of(entry, "sshd");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toAbsolutePath());
                }
            }
        }
        return Optional.empty();
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Starts a server for a test class: without an installed sshd the tests are skipped, except under CI
     * ({@code CI=true}), where they fail.
     */
    public static OpenSshServer startForTests() throws IOException, InterruptedException {
        if (findSshd().isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("OpenSSH sshd is not installed; CI needs it: apt-get install openssh-server");
            }
            Assumptions.abort("OpenSSH sshd is not installed (apt-get install openssh-server)");
        }
        return start();
    }

    public static OpenSshServer start() throws IOException, InterruptedException {
        Path sshd = findSshd().orElseThrow(() -> new IllegalStateException("sshd not found: install openssh-server"));
        Path dir = Files.createTempDirectory("cms-wb-sshd");
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            rsaKey(dir.resolve("host_rsa"), "");
            rsaKey(dir.resolve("user_rsa"), "");
            rsaKey(dir.resolve("user_enc_rsa"), KEY_PASSPHRASE);
            Files.writeString(
                    dir.resolve("authorized_keys"),
                    Files.readString(dir.resolve("user_rsa.pub")) + Files.readString(dir.resolve("user_enc_rsa.pub")),
                    StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(dir.resolve("authorized_keys"), PosixFilePermissions.fromString("rw-r--r--"));
            Path script = dir.resolve("fake-mmp.sh");
            try (InputStream in = OpenSshServer.class.getResourceAsStream("fake-mmp.sh")) {
                if (in == null) {
                    throw new IllegalStateException("fake-mmp.sh is missing from the test resources");
                }
                Files.copy(in, script);
            }
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path log = Files.createFile(dir.resolve("commands.log"));
            Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-rw-rw-"));

            String username;
            String password = null;
            if (isRoot()) {
                username = TEST_USER;
                password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
                prepareTestAccount(password);
                Files.createDirectories(Path.of("/run/sshd"));
            } else {
                username = System.getProperty("user.name");
            }
            int port = freePort();
            int sftpPort = freePort();
            Path config = dir.resolve("sshd_config");
            Files.writeString(
                    config,
                    String.join(
                            "\n",
                            "Port " + port,
                            "Port " + sftpPort,
                            "ListenAddress " + HOST,
                            "HostKey " + dir.resolve("host_rsa"),
                            "PidFile " + dir.resolve("sshd.pid"),
                            "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                            "StrictModes no",
                            "UsePAM no",
                            "PasswordAuthentication " + (password != null ? "yes" : "no"),
                            "KbdInteractiveAuthentication no",
                            "PubkeyAuthentication yes",
                            "PermitRootLogin no",
                            "AllowUsers " + username,
                            "ForceCommand /bin/sh " + script,
                            "KexAlgorithms +diffie-hellman-group14-sha1",
                            "HostKeyAlgorithms +ssh-rsa",
                            "PubkeyAcceptedAlgorithms +ssh-rsa",
                            "UseDNS no",
                            "PrintMotd no",
                            "LogLevel VERBOSE",
                            "Subsystem sftp internal-sftp",
                            "Match LocalPort " + sftpPort,
                            "    ForceCommand internal-sftp",
                            ""),
                    StandardCharsets.US_ASCII);
            Process process = new ProcessBuilder(sshd.toString(), "-D", "-e", "-f", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("sshd.log").toFile())
                    .start();
            OpenSshServer server = new OpenSshServer(dir, port, sftpPort, username, password, process);
            server.awaitListening();
            return server;
        } catch (IOException | RuntimeException | InterruptedException e) {
            deleteTree(dir);
            throw e;
        }
    }

    private static void prepareTestAccount(String password) throws IOException, InterruptedException {
        if (new ProcessBuilder("id", TEST_USER).start().waitFor() != 0) {
            run(List.of("useradd", "--create-home", "--shell", "/bin/sh", TEST_USER));
        }
        Process chpasswd =
                new ProcessBuilder("chpasswd").redirectErrorStream(true).start();
        chpasswd.getOutputStream().write((TEST_USER + ":" + password + "\n").getBytes(StandardCharsets.US_ASCII));
        chpasswd.getOutputStream().close();
        if (!chpasswd.waitFor(30, TimeUnit.SECONDS) || chpasswd.exitValue() != 0) {
            throw new IOException("chpasswd failed for " + TEST_USER + ": "
                    + new String(chpasswd.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("sshd exited with status " + process.exitValue() + ":\n" + sshdLog());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 200);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("sshd did not listen on port " + port + " within " + START_TIMEOUT.toSeconds()
                            + " s:\n" + sshdLog());
                }
                Thread.sleep(20);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return s.getLocalPort();
        }
    }

    /** A 2048-bit RSA key pair in PEM, the private key form trilead reads, with this passphrase ("" for none). */
    private static void rsaKey(Path file, String passphrase) throws IOException, InterruptedException {
        run(List.of(
                "ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-m", "PEM", "-N", passphrase, "-f", file.toString()));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed: " + out);
        }
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** The port that serves SFTP only, with the same host key and accounts. */
    public int sftpPort() {
        return sftpPort;
    }

    /** {@code [127.0.0.1]:SFTPPORT ssh-rsa AAAA...} from the server's host public key. */
    public String sftpKnownHostsLine() {
        String line = knownHostsLine();
        return "[" + HOST + "]:" + sftpPort + line.substring(line.indexOf(' '));
    }

    /** Writes a file the test account can read over SFTP, and returns its absolute path on this machine. */
    public String serveFile(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file.toString();
    }

    public String username() {
        return username;
    }

    public boolean passwordAvailable() {
        return password != null;
    }

    public String password() {
        if (password == null) {
            throw new IllegalStateException("password authentication needs the tests to run as root");
        }
        return password;
    }

    public String userPrivateKeyPem() {
        return read(dir.resolve("user_rsa"));
    }

    /** A second authorised key, encrypted by ssh-keygen with {@link #KEY_PASSPHRASE} (PEM, AES-128-CBC). */
    public String userEncryptedPrivateKeyPem() {
        return read(dir.resolve("user_enc_rsa"));
    }

    /** Lets the test account log in with one more key: its {@code authorized_keys} line, e.g. {@code ssh-ed25519 AAAA...}. */
    public void authorize(String publicKeyLine) throws IOException {
        Files.writeString(
                dir.resolve("authorized_keys"),
                publicKeyLine.trim() + "\n",
                StandardCharsets.US_ASCII,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** {@code [127.0.0.1]:PORT ssh-rsa AAAA...} from the server's host public key. */
    public String knownHostsLine() {
        String[] pub = read(dir.resolve("host_rsa.pub")).trim().split("\\s+");
        return "[" + HOST + "]:" + port + " " + pub[0] + " " + pub[1];
    }

    /** Commands the fake MMP received, in order. */
    public List<String> commandsSeen() {
        return read(dir.resolve("commands.log")).lines().toList();
    }

    /** Makes restarts answer {@code FAILURE:} with exit status 1, or work again. */
    public void failRestarts(boolean fail) throws IOException {
        Path flag = dir.resolve("fail-restarts");
        if (fail) {
            Files.writeString(flag, "");
            Files.setPosixFilePermissions(flag, PosixFilePermissions.fromString("rw-r--r--"));
        } else {
            Files.deleteIfExists(flag);
        }
    }

    public String sshdLog() {
        Path log = dir.resolve("sshd.log");
        return Files.exists(log) ? read(log) : "(no log)";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        if (password != null) {
            run(List.of("usermod", "--lock", TEST_USER));
        }
        deleteTree(dir);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
