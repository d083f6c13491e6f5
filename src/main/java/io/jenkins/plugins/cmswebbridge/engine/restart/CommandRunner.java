package io.jenkins.plugins.cmswebbridge.engine.restart;

import com.trilead.ssh2.ChannelCondition;
import com.trilead.ssh2.Connection;
import com.trilead.ssh2.Session;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.ssh.ConnectFailures;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import io.jenkins.plugins.cmswebbridge.engine.ssh.HostFailure;
import io.jenkins.plugins.cmswebbridge.engine.ssh.RunControl;
import io.jenkins.plugins.cmswebbridge.engine.ssh.Watchdog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * Runs MMP commands on an authenticated connection, each on its own exec channel, and brings back what they printed
 * and how they ended. This is where the command timeout is enforced, and it is not simple: trilead waits without a
 * limit for the MMP to open the channel and to answer the exec request, so a watchdog closes the whole connection
 * under the waiting thread when the time is up, and the failure then has to be told apart from an abort and from a
 * connection the MMP really lost. Output is read as it comes, kept within the settings' limit, and the wait ends
 * early on the MMP's password-change prompt, which never ends by itself. One runner serves one {@link MmpSession}.
 */
public final class CommandRunner {

    private final HostAddress host;
    private final RestartSettings settings;
    private final RunControl control;
    private final Watchdog watchdog;

    CommandRunner(HostAddress host, RestartSettings settings, RunControl control, Watchdog watchdog) {
        this.host = host;
        this.settings = settings;
        this.control = control;
        this.watchdog = watchdog;
    }

    /**
     * Runs one command on its own exec channel and waits for it to end. The command timeout bounds every step:
     * opening the channel, sending the command (trilead waits for the MMP's answer to both without a limit) and
     * reading the output; when it passes, the connection is closed under the waiting thread.
     *
     * @param beforeSending run once the channel is open, just before the command is sent: from then on the MMP may
     *     run the command even if no answer ever comes
     * @throws HostFailure {@link FailureKind#COMMAND_TIMEOUT} or {@link FailureKind#DISCONNECTED}, with the output
     *     seen so far
     * @throws InterruptedException when the run was aborted meanwhile
     */
    CommandOutput run(Connection connection, String command, Runnable beforeSending)
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
            beforeSending.run();
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
                if (read && output.asksForANewPassword()) {
                    return output.commandOutput(session.getExitStatus());
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
                throw output.commandOutput(null)
                        .failure(
                                FailureKind.DISCONNECTED,
                                "Connection to " + host.display() + " was lost during '" + command + "'"
                                        + soFar(output));
            }
            return output.commandOutput(exitStatus);
        } catch (IOException e) {
            if (control.isAborted() || e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
                throw new InterruptedException("aborted during '" + command + "'");
            }
            if (guard.fired()) {
                throw timeout(command, step, output);
            }
            throw output.commandOutput(null)
                    .failure(
                            FailureKind.DISCONNECTED,
                            "Connection to " + host.display() + " failed during '" + command + "': "
                                    + ConnectFailures.rootMessage(e) + soFar(output));
        } finally {
            guard.disarm();
            if (session != null) {
                session.close();
            }
        }
    }

    private HostFailure timeout(String command, String step, BoundedOutput output) {
        return output.commandOutput(null)
                .failure(
                        FailureKind.COMMAND_TIMEOUT,
                        "'" + command + "' did not finish within "
                                + settings.getCommandTimeout().toSeconds() + " s (" + step + ")" + soFar(output));
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
        AnswerSigns signs = output.signs();
        return signs.isBlank() ? " (no output)" : "; output so far: " + signs.excerpt();
    }
}
