package io.jenkins.plugins.cmswebbridge.engine.restart;

import com.trilead.ssh2.Connection;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.CheckingVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.ssh.ConnectFailures;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import io.jenkins.plugins.cmswebbridge.engine.ssh.HostFailure;
import io.jenkins.plugins.cmswebbridge.engine.ssh.MmpAccess;
import io.jenkins.plugins.cmswebbridge.engine.ssh.MmpConnection;
import io.jenkins.plugins.cmswebbridge.engine.ssh.MmpConnector;
import io.jenkins.plugins.cmswebbridge.engine.ssh.RunControl;

/**
 * One attempt on one MMP: connect with the host key checked, authenticate, run the restart command (or, in a
 * dry run, the status command only), classify the answer, and optionally check the status after the restart.
 * Every step is bounded in time, and the connection is always closed. This class holds the order of the steps and
 * the restart's verdict; connecting and authenticating ({@link MmpConnector}, shared with the syslog fetch, with the
 * host key check in {@link CheckingVerifier} and the reading of connection failures in {@link ConnectFailures}) and
 * the running of each command under the command timeout ({@link CommandRunner}) live in classes of their own.
 */
public final class MmpSession {

    private final HostAddress host;
    private final RestartSettings settings;
    private final RunControl control;
    private final MmpConnector connector;
    private final CommandRunner commands;

    private volatile String fingerprint;
    private volatile String phase = "connecting";
    private volatile boolean restartSent;

    public MmpSession(HostAddress host, RestartSettings settings, MmpAccess access) {
        this.host = host;
        this.settings = settings;
        this.control = access.control();
        this.connector = new MmpConnector(host, settings.sshTimeouts(), access, offered -> fingerprint = offered);
        this.commands = new CommandRunner(host, settings, access.control(), access.watchdog());
    }

    /** {@code SHA256:...} of the key the host offered in this attempt, or {@code null}. */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Whether the restart command was sent in this attempt. From then on, a timeout or a lost connection leaves the
     * web bridge's state unknown, and the command is not sent again unless the settings ask for it.
     */
    public boolean restartSent() {
        return restartSent;
    }

    /** What the attempt was doing last, for messages about aborts. */
    public String phase() {
        return phase;
    }

    /** The outcome of a successful attempt: the note for the host's report and the output of the last command. */
    public record Success(String reason, CommandOutput output) {}

    public Success run() throws HostFailure, InterruptedException {
        try (MmpConnection mmp = connector.connection()) {
            Connection connection = mmp.open(step -> phase = step).ssh();
            WebBridgeService service = settings.getService();
            if (settings.isDryRun()) {
                phase = "running '" + service.statusCommand() + "'";
                CommandOutput status = exec(connection, service.statusCommand(), false);
                Verdict verdict = status.verdict();
                if (verdict.failed()) {
                    throw status.failure(FailureKind.COMMAND_FAILED, verdict.reason());
                }
                return new Success("dry run: connected and authenticated; " + describeStatus(status), status);
            }
            return restart(connection, service);
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
            throw restart.failure(FailureKind.COMMAND_FAILED, verdict.reason());
        }
        boolean exitedZero = Integer.valueOf(0).equals(restart.exitStatus());
        if (!verdict.confirmed() && !exitedZero) {
            throw restart.failure(
                    FailureKind.NOT_CONFIRMED,
                    "the MMP did not confirm the restart (no 'SUCCESS:' line): " + verdict.reason());
        }
        if (verdict.confirmed() && !settings.isVerifyAfterRestart()) {
            return new Success(verdict.reason(), restart);
        }
        phase = "checking '" + service.statusCommand() + "' after the restart";
        CommandOutput status = exec(connection, service.statusCommand(), false);
        Verdict statusVerdict = status.verdict();
        Boolean enabled = status.signs().enabled().orElse(null);
        if (!verdict.confirmed()) {
            if (!statusVerdict.failed() && Boolean.TRUE.equals(enabled)) {
                return new Success(
                        "exit status 0 and '" + service.statusCommand() + "' shows the service enabled"
                                + " (the restart printed no 'SUCCESS:' line: " + verdict.reason() + ")",
                        restart);
            }
            throw restart.failure(
                    FailureKind.NOT_CONFIRMED,
                    "the MMP did not confirm the restart: no 'SUCCESS:' line ("
                            + verdict.reason() + "), and '" + service.statusCommand()
                            + "' does not show the service enabled ("
                            + (statusVerdict.failed() ? statusVerdict.reason() : describeStatus(status)) + ")");
        }
        if (statusVerdict.failed()) {
            throw status.failure(
                    FailureKind.VERIFICATION_FAILED,
                    "restart answered '" + verdict.reason() + "' but the status check failed: "
                            + statusVerdict.reason());
        }
        if (Boolean.FALSE.equals(enabled)) {
            throw status.failure(
                    FailureKind.VERIFICATION_FAILED,
                    "after the restart '" + service.statusCommand() + "' reports the service as not enabled: "
                            + status.signs().excerpt());
        }
        return new Success(verdict.reason() + "; " + describeStatus(status), restart);
    }

    private static String describeStatus(CommandOutput status) {
        return status.signs()
                .enabled()
                .map(enabled -> enabled ? "status: Enabled : true" : "status: Enabled : false")
                .orElse("status printed no Enabled line");
    }

    /**
     * Runs one command, bounded by the command timeout (see {@link CommandRunner#run}).
     *
     * @param isRestart whether this is the restart command: once it is sent, {@link #restartSent()} is true
     */
    private CommandOutput exec(Connection connection, String command, boolean isRestart)
            throws HostFailure, InterruptedException {
        return commands.run(connection, command, isRestart ? () -> restartSent = true : () -> {});
    }
}
