package io.jenkins.plugins.cmswebbridge.engine;

import com.trilead.ssh2.ChannelCondition;
import com.trilead.ssh2.Connection;
import com.trilead.ssh2.ServerHostKeyVerifier;
import com.trilead.ssh2.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One attempt on one MMP: connect with the host key checked, authenticate, run the restart command (or, in a
 * dry run, the status command only), classify the answer, and optionally check the status after the restart.
 * Every step is bounded in time, and the connection is always closed.
 */
final class MmpSession {

    /** The MMP's password-change prompt comes first; no need to look for it in a flood of output. */
    private static final int PROMPT_SCAN_LIMIT = 4096;

    private final HostAddress host;
    private final RestartSettings settings;
    private final MmpAuthenticator authenticator;
    private final HostKeyVerifier verifier;
    private final RunControl control;
    private final Watchdog watchdog;

    private volatile String fingerprint;
    private volatile String phase = "connecting";
    private volatile boolean restartSent;

    MmpSession(
            HostAddress host,
            RestartSettings settings,
            MmpAuthenticator authenticator,
            HostKeyVerifier verifier,
            RunControl control,
            Watchdog watchdog) {
        this.host = host;
        this.settings = settings;
        this.authenticator = authenticator;
        this.verifier = verifier;
        this.control = control;
        this.watchdog = watchdog;
    }

    /** {@code SHA256:...} of the key the host offered in this attempt, or {@code null}. */
    String fingerprint() {
        return fingerprint;
    }

    /**
     * Whether the restart command was sent in this attempt. From then on, a timeout or a lost connection leaves the
     * web bridge's state unknown, and the command is not sent again unless the settings ask for it.
     */
    boolean restartSent() {
        return restartSent;
    }

    /** What the attempt was doing last, for messages about aborts. */
    String phase() {
        return phase;
    }

    /** The outcome of a successful attempt: the note for the result and the output of the last command. */
    record Success(String reason, CommandOutput output) {}

    Success run() throws HostFailure, InterruptedException {
        Connection connection = new Connection(host.getHost(), host.getPort());
        if (!control.register(connection)) {
            throw new InterruptedException("run aborted");
        }
        try {
            connect(connection);
            authenticate(connection);
            WebBridgeService service = settings.getService();
            if (settings.isDryRun()) {
                phase = "running '" + service.statusCommand() + "'";
                CommandOutput status = exec(connection, service.statusCommand(), false);
                Verdict verdict = status.verdict();
                if (verdict.failed()) {
                    throw new HostFailure(FailureKind.COMMAND_FAILED, verdict.reason(), status);
                }
                return new Success("dry run: connected and authenticated; " + describeStatus(status), status);
            }
            return restart(connection, service);
        } finally {
            connection.close();
            control.unregister(connection);
        }
    }

    /**
     * Sends the restart command and decides whether it worked. Only a {@code SUCCESS:} answer, or exit status 0
     * followed by a status check that shows the service enabled, confirms a restart; a failure sign fails it;
     * anything else is {@link FailureKind#NOT_CONFIRMED}, quoting what the MMP said.
     */
    private Success restart(Connection connection, WebBridgeService service) throws HostFailure, InterruptedException {
        phase = "running '" + service.restartCommand() + "'";
        CommandOutput restart = exec(connection, service.restartCommand(), true);
        Verdict verdict = restart.verdict();
        if (verdict.failed()) {
            throw new HostFailure(FailureKind.COMMAND_FAILED, verdict.reason(), restart);
        }
        boolean exitedZero = Integer.valueOf(0).equals(restart.exitStatus());
        if (!verdict.confirmed() && !exitedZero) {
            throw new HostFailure(
                    FailureKind.NOT_CONFIRMED,
                    "the MMP did not confirm the restart (no 'SUCCESS:' line): " + verdict.reason(),
                    restart);
        }
        if (verdict.confirmed() && !settings.isVerifyAfterRestart()) {
            return new Success(verdict.reason(), restart);
        }
        phase = "checking '" + service.statusCommand() + "' after the restart";
        CommandOutput status = exec(connection, service.statusCommand(), false);
        Verdict statusVerdict = status.verdict();
        Boolean enabled = StatusParser.enabled(status.text()).orElse(null);
        if (!verdict.confirmed()) {
            if (!statusVerdict.failed() && Boolean.TRUE.equals(enabled)) {
                return new Success(
                        "exit status 0 and '" + service.statusCommand() + "' shows the service enabled"
                                + " (the restart printed no 'SUCCESS:' line: " + verdict.reason() + ")",
                        restart);
            }
            throw new HostFailure(
                    FailureKind.NOT_CONFIRMED,
                    "the MMP did not confirm the restart: no 'SUCCESS:' line ("
                            + verdict.reason() + "), and '" + service.statusCommand()
                            + "' does not show the service enabled ("
                            + (statusVerdict.failed() ? statusVerdict.reason() : describeStatus(status)) + ")",
                    restart);
        }
        if (statusVerdict.failed()) {
            throw new HostFailure(
                    FailureKind.VERIFICATION_FAILED,
                    "restart answered '" + verdict.reason() + "' but the status check failed: "
                            + statusVerdict.reason(),
                    status);
        }
        if (Boolean.FALSE.equals(enabled)) {
            throw new HostFailure(
                    FailureKind.VERIFICATION_FAILED,
                    "after the restart '" + service.statusCommand() + "' reports the service as not enabled: "
                            + OutputClassifier.excerpt(status.text()),
                    status);
        }
        return new Success(verdict.reason() + "; " + describeStatus(status), restart);
    }

    private static String describeStatus(CommandOutput status) {
        return StatusParser.enabled(status.text())
                .map(enabled -> enabled ? "status: Enabled : true" : "status: Enabled : false")
                .orElse("status printed no Enabled line");
    }

    private void connect(Connection connection) throws HostFailure, InterruptedException {
        String[] preferred = verifier.preferredAlgorithms(host, Connection.getAvailableServerHostKeyAlgorithms());
        if (preferred != null) {
            connection.setServerHostKeyAlgorithms(preferred);
        }
        CheckingVerifier checking = new CheckingVerifier();
        int connectMillis = millis(settings.getConnectTimeout());
        int kexMillis = millis(settings.getKexTimeout());
        try {
            connection.connect(checking, connectMillis, kexMillis);
        } catch (IOException e) {
            if (checking.rejection != null) {
                throw new HostFailure(FailureKind.HOST_KEY_REJECTED, checking.rejection.getMessage());
            }
            if (control.isAborted()
                    || Thread.currentThread().isInterrupted()
                    || has(e, InterruptedIOException.class) && !has(e, SocketTimeoutException.class)) {
                throw new InterruptedException("aborted while connecting");
            }
            throw classifyConnectFailure(e);
        }
    }

    private HostFailure classifyConnectFailure(IOException e) {
        String where = host.display();
        if (has(e, UnknownHostException.class)) {
            return new HostFailure(
                    FailureKind.UNKNOWN_HOST,
                    "Unknown host " + host.getHost() + ": the name does not resolve from the node running the build");
        }
        if (has(e, ConnectException.class)) {
            return new HostFailure(
                    FailureKind.CONNECTION_REFUSED,
                    "Connection refused by " + where
                            + " (is SSH reachable on that port from the node running the build?)");
        }
        if (has(e, NoRouteToHostException.class)) {
            return new HostFailure(FailureKind.CONNECTION_FAILED, "No route to " + where);
        }
        String text = messages(e);
        if (text.contains("identification string")
                || text.contains("too long line")
                || text.contains("not ssh-2 compatible")
                || text.contains("line does not end correctly")) {
            return new HostFailure(
                    FailureKind.NOT_SSH,
                    "Not an SSH server: " + where
                            + " answered, but its first line is not an SSH banner (is this the MMP's SSH port?)");
        }
        if (text.contains("kextimeout") || text.contains("key exchange")) {
            return new HostFailure(
                    FailureKind.HANDSHAKE_TIMEOUT,
                    "No SSH handshake with " + where + " within "
                            + settings.getKexTimeout().toSeconds()
                            + " s (the port accepted the connection but sent no SSH banner"
                            + " or key exchange)");
        }
        if (has(e, SocketTimeoutException.class)) {
            return new HostFailure(
                    FailureKind.CONNECT_TIMEOUT,
                    "Unable to connect to port " + host.getPort() + " on " + host.getHost() + ": no answer within "
                            + settings.getConnectTimeout().toSeconds() + " s");
        }
        if (text.contains("negotiate") || text.contains("proposals do not match")) {
            return new HostFailure(
                    FailureKind.CONNECTION_FAILED,
                    "SSH algorithm negotiation with " + where + " failed: " + rootMessage(e));
        }
        return new HostFailure(FailureKind.CONNECTION_FAILED, "Unable to connect to " + where + ": " + rootMessage(e));
    }

    private void authenticate(Connection connection) throws HostFailure, InterruptedException {
        phase = "authenticating";
        Watchdog.Timer timer = watchdog.arm(settings.getAuthTimeout());
        boolean accepted;
        try {
            accepted = authenticator.authenticate(connection);
        } catch (IOException e) {
            if (control.isAborted()) {
                throw new InterruptedException("aborted while authenticating");
            }
            if (timer.fired()) {
                throw new HostFailure(
                        FailureKind.AUTHENTICATION_TIMEOUT,
                        "Authentication as '"
                                + authenticator.getUsername() + "' on " + host.display() + " got no answer within "
                                + settings.getAuthTimeout().toSeconds()
                                + " s (not retried, to protect the MMP account)");
            }
            throw new HostFailure(
                    FailureKind.AUTHENTICATION_FAILED,
                    "Authentication as '" + authenticator.getUsername() + "' on " + host.display() + " failed: "
                            + rootMessage(e) + " (not retried)");
        } finally {
            timer.disarm();
        }
        if (control.isAborted()) {
            throw new InterruptedException("aborted while authenticating");
        }
        if (!accepted) {
            throw new HostFailure(
                    FailureKind.AUTHENTICATION_FAILED,
                    "Authentication failed: " + host.display()
                            + " refused the credentials of user '" + authenticator.getUsername()
                            + "'. Not retried, because"
                            + " repeated failures lock the MMP account for 15 minutes; check the password or key, whether"
                            + " the account is locked, and any 'user host' or 'user duty' rules on the MMP.");
        }
    }

    /**
     * Runs one command on its own exec channel and waits for it to end. The command timeout bounds every step:
     * opening the channel, sending the command (trilead waits for the MMP's answer to both without a limit) and
     * reading the output; when it passes, the connection is closed under the waiting thread.
     *
     * @param isRestart whether this is the restart command: once it is sent, {@link #restartSent()} is true
     */
    private CommandOutput exec(Connection connection, String command, boolean isRestart)
            throws HostFailure, InterruptedException {
        BoundedOutput output = new BoundedOutput(settings.getMaxOutputBytes());
        long deadline = System.nanoTime() + settings.getCommandTimeout().toNanos();
        Watchdog.Timer guard =
                watchdog.arm(settings.getCommandTimeout(), () -> RunControl.closeInBackground(connection));
        String step = "the MMP did not open a session channel";
        Session session = null;
        try {
            session = connection.openSession();
            step = "the MMP did not answer the command request";
            if (isRestart) {
                restartSent = true;
            }
            session.execCommand(command);
            step = "it did not end";
            InputStream stdout = session.getStdout();
            InputStream stderr = session.getStderr();
            byte[] buffer = new byte[16 * 1024];
            int waitFor = ChannelCondition.STDOUT_DATA
                    | ChannelCondition.STDERR_DATA
                    | ChannelCondition.EOF
                    | ChannelCondition.EXIT_STATUS
                    | ChannelCondition.CLOSED;
            while (true) {
                boolean read = drain(stdout, buffer, output) | drain(stderr, buffer, output);
                if (read
                        && output.totalBytes() <= PROMPT_SCAN_LIMIT
                        && OutputClassifier.isPasswordChangePrompt(output.text())) {
                    return new CommandOutput(session.getExitStatus(), output.text(), output.droppedBytes());
                }
                long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (remaining <= 0) {
                    throw timeout(command, step, output);
                }
                int state = session.waitForCondition(waitFor, remaining);
                if ((state & (ChannelCondition.STDOUT_DATA | ChannelCondition.STDERR_DATA)) != 0) {
                    continue;
                }
                if ((state & ChannelCondition.CLOSED) != 0
                        || (state & ChannelCondition.EOF) != 0 && (state & ChannelCondition.EXIT_STATUS) != 0) {
                    drain(stdout, buffer, output);
                    drain(stderr, buffer, output);
                    break;
                }
                // conditions stay set once reached: stop waiting for the ones already seen
                if ((state & ChannelCondition.EOF) != 0) {
                    waitFor &= ~ChannelCondition.EOF;
                }
                if ((state & ChannelCondition.EXIT_STATUS) != 0) {
                    waitFor &= ~ChannelCondition.EXIT_STATUS;
                }
            }
            if (control.isAborted()) {
                throw new InterruptedException("aborted during '" + command + "'");
            }
            if (guard.fired()) {
                throw timeout(command, step, output);
            }
            Integer exitStatus = session.getExitStatus();
            if (exitStatus == null && connection.getReasonClosedCause() != null) {
                throw new HostFailure(
                        FailureKind.DISCONNECTED,
                        "Connection to " + host.display() + " was lost during '" + command + "'" + soFar(output),
                        new CommandOutput(null, output.text(), output.droppedBytes()));
            }
            return new CommandOutput(exitStatus, output.text(), output.droppedBytes());
        } catch (IOException e) {
            if (control.isAborted() || e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
                throw new InterruptedException("aborted during '" + command + "'");
            }
            if (guard.fired()) {
                throw timeout(command, step, output);
            }
            throw new HostFailure(
                    FailureKind.DISCONNECTED,
                    "Connection to " + host.display() + " failed during '" + command + "': " + rootMessage(e)
                            + soFar(output),
                    new CommandOutput(null, output.text(), output.droppedBytes()));
        } finally {
            guard.disarm();
            if (session != null) {
                session.close();
            }
        }
    }

    private HostFailure timeout(String command, String step, BoundedOutput output) {
        return new HostFailure(
                FailureKind.COMMAND_TIMEOUT,
                "'" + command + "' did not finish within "
                        + settings.getCommandTimeout().toSeconds() + " s (" + step + ")" + soFar(output),
                new CommandOutput(null, output.text(), output.droppedBytes()));
    }

    private static boolean drain(InputStream in, byte[] buffer, BoundedOutput output) throws IOException {
        boolean any = false;
        int available;
        while ((available = in.available()) > 0) {
            int n = in.read(buffer, 0, Math.min(available, buffer.length));
            if (n <= 0) {
                break;
            }
            output.append(buffer, 0, n);
            any = true;
        }
        return any;
    }

    private static String soFar(BoundedOutput output) {
        String text = output.text();
        return text.isBlank() ? " (no output)" : "; output so far: " + OutputClassifier.excerpt(text);
    }

    private static int millis(java.time.Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append('\n');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The innermost message, on one line and bounded: it may quote what the server sent. */
    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : Text.clip(message, 200);
    }

    /** Adapts the configured verifier to trilead and keeps the fingerprint and the rejection for messages. */
    private final class CheckingVerifier implements ServerHostKeyVerifier {
        private HostKeyRejectedException rejection;

        @Override
        public boolean verifyServerHostKey(String hostname, int port, String algorithm, byte[] key) {
            fingerprint = Fingerprints.sha256(key);
            try {
                verifier.verify(host, algorithm, key);
                return true;
            } catch (HostKeyRejectedException e) {
                rejection = e;
                return false;
            } catch (RuntimeException e) {
                // e.g. trilead's KnownHosts meeting a key type it does not know: a host key failure, not retried
                rejection = new HostKeyRejectedException(
                        "The host key of " + host.display() + " (" + Text.clip(algorithm, 40) + " " + fingerprint
                                + ") cannot be checked by the SSH library in use: "
                                + Text.clip(String.valueOf(e.getMessage()), 120));
                return false;
            }
        }
    }
}
