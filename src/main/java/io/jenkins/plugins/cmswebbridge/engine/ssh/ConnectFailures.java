package io.jenkins.plugins.cmswebbridge.engine.ssh;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads what the SSH library threw while connecting and says what went wrong in terms an administrator can act
 * on. trilead reports every connection problem as an {@link IOException}, often wrapping the real cause, and some
 * (a peer that is not an SSH server, a key exchange that timed out) only in the text of a message; the whole
 * cause chain is therefore searched, by type first and then by message. The {@link FailureKind} chosen here
 * decides whether the host is retried, so the order of the checks matters: a timeout of the key exchange must
 * not pass for a TCP connect timeout. Kept apart from {@code MmpSession} so that these heuristics sit in one
 * place, next to nothing else.
 */
public final class ConnectFailures {

    private ConnectFailures() {}

    /**
     * Whether the connection attempt ended because the thread was interrupted (an abort) rather than because of
     * the network: an {@link InterruptedIOException} in the cause chain, unless it is a socket timeout.
     */
    static boolean isInterrupt(IOException e) {
        return has(e, InterruptedIOException.class) && !has(e, SocketTimeoutException.class);
    }

    /**
     * The failure to report for {@code e}, thrown by trilead's {@code connect} on {@code host} with these timeouts
     * (named in the messages).
     */
    static HostFailure classify(IOException e, HostAddress host, Duration connectTimeout, Duration kexTimeout) {
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
                            + kexTimeout.toSeconds()
                            + " s (the port accepted the connection but sent no SSH banner"
                            + " or key exchange)");
        }
        if (has(e, SocketTimeoutException.class)) {
            return new HostFailure(
                    FailureKind.CONNECT_TIMEOUT,
                    "Unable to connect to port " + host.getPort() + " on " + host.getHost() + ": no answer within "
                            + connectTimeout.toSeconds() + " s");
        }
        if (text.contains("negotiate") || text.contains("proposals do not match")) {
            return new HostFailure(
                    FailureKind.CONNECTION_FAILED,
                    "SSH algorithm negotiation with " + where + " failed: " + rootMessage(e));
        }
        return new HostFailure(FailureKind.CONNECTION_FAILED, "Unable to connect to " + where + ": " + rootMessage(e));
    }

    /**
     * The innermost message, on one line and bounded: it may quote what the server sent. Also used for the
     * messages of failed authentications and commands, which come from the same library.
     */
    public static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : Text.clip(message, 200);
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** Every message of the cause chain, lower case, one a line, for the checks that only the text allows. */
    private static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append('\n');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
