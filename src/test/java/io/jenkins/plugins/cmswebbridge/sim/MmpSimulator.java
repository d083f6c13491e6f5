package io.jenkins.plugins.cmswebbridge.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.common.mac.Mac;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.common.signature.Signature;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.keyboard.InteractiveChallenge;
import org.apache.sshd.server.auth.keyboard.KeyboardInteractiveAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * A simulated Cisco Meeting Server MMP on loopback: an Apache MINA sshd server that answers the MMP's web
 * bridge commands ({@code webbridge restart}, {@code webbridge3 restart}, and the status commands
 * {@code webbridge} / {@code webbridge3}), one per exec channel, with a {@link Fault} on demand.
 * With a syslog file or an {@link SftpFault} configured, it also serves SFTP (see {@link SimulatedSftp}).
 * It also speaks the legacy algorithms (diffie-hellman-group14-sha1, group exchange, ssh-rsa, hmac-sha1) that
 * Debian's old trilead needs.
 */
public final class MmpSimulator implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final Builder config;
    private final KeyPair advertisedKey;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final AtomicInteger authAttempts = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Set<Object> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private SshServer sshd;
    private SimulatedSftp sftp;
    private ServerSocket silent;
    private int port;

    private MmpSimulator(Builder config) {
        this.config = config;
        this.advertisedKey = config.hostKey != null ? config.hostKey : TestKeys.rsa(100);
    }

    public static Builder builder() {
        return new Builder();
    }

    private void startServer() throws IOException {
        switch (config.fault) {
            case REFUSE -> {
                try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
                    port = s.getLocalPort();
                }
            }
            case SILENT_BANNER, NOT_SSH -> startSilent();
            default -> startSshd();
        }
    }

    private void startSshd() throws IOException {
        sshd = SshServer.setUpDefaultServer();
        sshd.setHost(HOST);
        sshd.setPort(0);
        KeyPair served = config.fault == Fault.WRONG_HOST_KEY ? TestKeys.rsa(101) : advertisedKey;
        sshd.setKeyPairProvider(KeyPairProvider.wrap(served));
        List<KeyExchangeFactory> kex = new ArrayList<>(sshd.getKeyExchangeFactories());
        kex.add(ServerBuilder.DH2KEX.apply(BuiltinDHFactories.dhg14));
        kex.add(ServerBuilder.DH2KEX.apply(BuiltinDHFactories.dhgex));
        sshd.setKeyExchangeFactories(kex);
        List<NamedFactory<Signature>> signatures = new ArrayList<>(sshd.getSignatureFactories());
        if (config.withoutSshRsa) {
            // like OpenSSH 8.8 and later: RSA host keys only with the SHA-2 signatures
            signatures.removeIf(f -> BuiltinSignatures.rsa.getName().equals(f.getName()));
        } else if (signatures.stream()
                .noneMatch(f -> BuiltinSignatures.rsa.getName().equals(f.getName()))) {
            signatures.add(BuiltinSignatures.rsa);
        }
        sshd.setSignatureFactories(signatures);
        List<NamedFactory<Mac>> macs = new ArrayList<>(sshd.getMacFactories());
        if (macs.stream().noneMatch(f -> BuiltinMacs.hmacsha1.getName().equals(f.getName()))) {
            macs.add(BuiltinMacs.hmacsha1);
        }
        sshd.setMacFactories(macs);
        sshd.setPasswordAuthenticator(
                config.keyboardInteractiveOnly
                        ? null
                        : (user, password, session) -> {
                            authAttempts.incrementAndGet();
                            if (config.fault == Fault.AUTH_HANG) {
                                throw new AsyncAuthException(); // the answer never comes
                            }
                            return passwordMatches(user, password);
                        });
        boolean offersKeys = !config.authorizedKeys.isEmpty()
                || config.fault == Fault.AUTH_HANG
                || config.fault == Fault.AUTH_FAILURE;
        sshd.setPublickeyAuthenticator(
                !offersKeys
                        ? null
                        : (user, key, session) -> {
                            authAttempts.incrementAndGet();
                            if (config.fault == Fault.AUTH_HANG) {
                                throw new AsyncAuthException();
                            }
                            return config.fault != Fault.AUTH_FAILURE
                                    && config.username.equals(user)
                                    && config.authorizedKeys.contains(key);
                        });
        sshd.setKeyboardInteractiveAuthenticator(config.keyboardInteractiveOnly ? new PasswordPrompt() : null);
        if (config.fault == Fault.CHANNEL_OPEN_HANG || config.fault == Fault.EXEC_HANG) {
            sshd.setChannelFactories(List.of(new HangingChannels(config.fault, commands::add)));
        }
        sshd.setCommandFactory((channel, command) -> {
            commands.add(command);
            return new SimulatedCommand(this, command);
        });
        if (!config.syslogFiles.isEmpty() || config.sftpFault != SftpFault.NONE) {
            sftp = new SimulatedSftp(
                    config.syslogFiles,
                    config.sftpFault,
                    config.sftpReadDelay,
                    config.sftpHugeBytes,
                    config.sftpDropAfter);
            sftp.install(sshd);
        }
        sshd.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                accepted.incrementAndGet();
                open.add(session);
            }

            @Override
            public void sessionClosed(Session session) {
                open.remove(session);
            }
        });
        sshd.start();
        port = sshd.getPort();
    }

    private boolean passwordMatches(String user, String password) {
        return config.fault != Fault.AUTH_FAILURE
                && config.password != null
                && config.username.equals(user)
                && config.password.equals(password);
    }

    /** Keyboard-interactive as many servers use it: one prompt, "Password: ", answered without echo. */
    private final class PasswordPrompt implements KeyboardInteractiveAuthenticator {
        @Override
        public InteractiveChallenge generateChallenge(
                ServerSession session, String username, String lang, String subMethods) {
            InteractiveChallenge challenge = new InteractiveChallenge();
            challenge.setInteractionName("MMP login");
            challenge.setInteractionInstruction("");
            challenge.addPrompt("Password: ", false);
            return challenge;
        }

        @Override
        public boolean authenticate(ServerSession session, String username, List<String> responses) {
            authAttempts.incrementAndGet();
            return responses.size() == 1 && passwordMatches(username, responses.get(0));
        }
    }

    private void startSilent() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getByName(HOST));
        port = silent.getLocalPort();
        Thread acceptor = new Thread(
                () -> {
                    while (!closed) {
                        try {
                            Socket socket = silent.accept();
                            accepted.incrementAndGet();
                            open.add(socket);
                            Thread reader = new Thread(() -> holdUntilPeerCloses(socket), "mmp-sim-silent-reader");
                            reader.setDaemon(true);
                            reader.start();
                        } catch (IOException e) {
                            return;
                        }
                    }
                },
                "mmp-sim-silent-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** What {@link Fault#NOT_SSH} sends instead of an SSH banner. */
    public static final String HOSTILE_BANNER = "\u001b[2J\u001b[31mHTTP/1.1 400 Bad Request\r\n"
            + "2020-06-08 14:53:18.149915+00:00 Webbridge on server: 10.0.0.1 restarted successfully\r\n"
            + "x".repeat(700) + "\r\n";

    private void holdUntilPeerCloses(Socket socket) {
        if (config.fault == Fault.NOT_SSH) {
            try {
                socket.getOutputStream().write(HOSTILE_BANNER.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // the client went away
            }
        }
        try (socket;
                InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[1024];
            while (in.read(buffer) >= 0) {
                // the client's banner and key exchange go unanswered
            }
        } catch (IOException e) {
            // closed by either side
        } finally {
            open.remove(socket);
        }
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** The host key clients should trust (with {@link Fault#WRONG_HOST_KEY} the server presents another). */
    public PublicKey advertisedHostKey() {
        return advertisedKey.getPublic();
    }

    public byte[] advertisedHostKeyBlob() {
        return TestKeys.sshPublicKeyBlob(advertisedKey.getPublic());
    }

    /** {@code [127.0.0.1]:PORT ssh-rsa AAAA...} for the advertised key. */
    public String knownHostsLine() {
        return "[" + HOST + "]:" + port + " ssh-rsa " + Base64.getEncoder().encodeToString(advertisedHostKeyBlob());
    }

    /** Every exec command received, in order. */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    /** Calls of the password and public key authenticators (a key may be checked twice: offered, then signed). */
    public int authAttempts() {
        return authAttempts.get();
    }

    /** Every SFTP read request received, in order (empty without SFTP). */
    public List<SftpRead> sftpReads() {
        return sftp == null ? List.of() : sftp.reads();
    }

    public int connectionsAccepted() {
        return accepted.get();
    }

    public int openConnections() {
        return open.size();
    }

    /** Polls until every client connection is closed; fails the test after {@code timeout}. */
    public void awaitNoOpenConnections(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!open.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(open.size() + " connection(s) to the simulated MMP on port " + port
                        + " still open after " + timeout.toMillis() + " ms");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    Fault fault() {
        return config.fault;
    }

    Duration restartDelay() {
        return config.restartDelay;
    }

    String restartOutput() {
        return config.restartOutput;
    }

    Integer exitStatus() {
        return config.exitStatus;
    }

    boolean statusDisabled() {
        return config.fault == Fault.STATUS_DISABLED || config.statusDisabled;
    }

    long hugeOutputBytes() {
        return config.hugeOutputBytes;
    }

    String midFloodOutput() {
        return config.midFloodOutput;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (sshd != null) {
                sshd.stop(true);
            }
            if (silent != null) {
                silent.close();
            }
            if (sftp != null) {
                sftp.close();
            }
            for (Object o : open) {
                if (o instanceof Socket s) {
                    s.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Configures a simulator; {@link #start()} binds it to an ephemeral loopback port. */
    public static final class Builder {
        private String username = "admin";
        private String password;
        private final List<PublicKey> authorizedKeys = new ArrayList<>();
        private boolean keyboardInteractiveOnly;
        private boolean statusDisabled;
        private boolean withoutSshRsa;
        private Fault fault = Fault.NONE;
        private Duration restartDelay = Duration.ZERO;
        private String restartOutput;
        private Integer exitStatus = 0;
        private long hugeOutputBytes = 4L * 1024 * 1024;
        private String midFloodOutput;
        private KeyPair hostKey;
        private final Map<String, byte[]> syslogFiles = new LinkedHashMap<>();
        private SftpFault sftpFault = SftpFault.NONE;
        private Duration sftpReadDelay = Duration.ofMillis(300);
        private long sftpHugeBytes = 2L << 30;
        private long sftpDropAfter = 64 * 1024;

        private Builder() {}

        public Builder username(String value) {
            username = value;
            return this;
        }

        public Builder password(String value) {
            password = value;
            return this;
        }

        /** A public key the account accepts; may be called for several keys. */
        public Builder authorizedKey(PublicKey value) {
            authorizedKeys.add(value);
            return this;
        }

        /**
         * Refuses the SHA-1 {@code ssh-rsa} signature, as OpenSSH 8.8 and later do: the RSA host key is then proven
         * only with {@code rsa-sha2-256}/{@code rsa-sha2-512}, which the trilead of the trilead-api plugin speaks and
         * Debian's older trilead does not.
         */
        public Builder withoutSshRsa() {
            withoutSshRsa = true;
            return this;
        }

        /** The status command shows the service as not enabled (whatever the fault). */
        public Builder statusDisabled() {
            statusDisabled = true;
            return this;
        }

        /** Offers the password through keyboard-interactive only, not through the password method. */
        public Builder keyboardInteractiveOnly() {
            keyboardInteractiveOnly = true;
            return this;
        }

        public Builder fault(Fault value) {
            fault = value;
            return this;
        }

        /** How long a healthy restart takes. */
        public Builder restartDelay(Duration value) {
            restartDelay = value;
            return this;
        }

        /** What a healthy restart prints; by default {@code SUCCESS: webbridge restarted}. */
        public Builder restartOutput(String value) {
            restartOutput = value;
            return this;
        }

        /** Exit status of a healthy restart; {@code null} sends none. */
        public Builder exitStatus(Integer value) {
            exitStatus = value;
            return this;
        }

        public Builder hugeOutputBytes(long value) {
            hugeOutputBytes = value;
            return this;
        }

        /** With {@link Fault#HUGE_OUTPUT}: a text printed in the middle of the flood, which is split in two halves. */
        public Builder midFloodOutput(String value) {
            midFloodOutput = value;
            return this;
        }

        /** The host key to serve; by default one shared by every simulator in the JVM. */
        public Builder hostKey(KeyPair value) {
            hostKey = value;
            return this;
        }

        /**
         * Serves SFTP, with this file under {@code path} relative to the account's SFTP root; may be called for
         * several files.
         */
        public Builder syslogFile(String path, byte[] content) {
            syslogFiles.put(path, content.clone());
            return this;
        }

        /** What the SFTP side does wrong; SFTP is served even without a file. */
        public Builder sftpFault(SftpFault value) {
            sftpFault = value;
            return this;
        }

        /** How long {@link SftpFault#SLOW} waits before it answers each read request (300 ms by default). */
        public Builder sftpReadDelay(Duration value) {
            sftpReadDelay = value;
            return this;
        }

        /** The size of a {@link SftpFault#HUGE} or {@link SftpFault#GROWING} file (2 GiB by default, sparse). */
        public Builder sftpHugeBytes(long value) {
            sftpHugeBytes = value;
            return this;
        }

        /** Where {@link SftpFault#DROP_MID_FILE} drops the connection (64 KiB into the file by default). */
        public Builder sftpDropAfter(long value) {
            sftpDropAfter = value;
            return this;
        }

        public MmpSimulator start() {
            MmpSimulator sim = new MmpSimulator(this);
            try {
                sim.startServer();
            } catch (IOException e) {
                sim.close();
                throw new UncheckedIOException("cannot start the simulated MMP", e);
            }
            return sim;
        }
    }
}
