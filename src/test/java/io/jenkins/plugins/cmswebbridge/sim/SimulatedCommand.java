package io.jenkins.plugins.cmswebbridge.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/** One MMP command on its own exec channel, run on its own thread like the MMP's CLI. */
final class SimulatedCommand implements Command {

    private static final String WB2_STATUS = String.join(
            "\n",
            "Enabled              : true",
            "Interface whitelist  : a:443",
            "Key file             : webbridge.key",
            "Certificate file     : webbridge.crt",
            "HTTP redirect        : Enabled",
            "");
    private static final String WB3_STATUS = String.join(
            "\n",
            "Enabled                : true",
            "HTTPS listening ports and interfaces : a:443",
            "HTTP redirect          : Enabled",
            "Key file               : wb3.key",
            "");

    private final MmpSimulator simulator;
    private final String command;
    private final CountDownLatch destroyed = new CountDownLatch(1);
    private OutputStream out;
    private ExitCallback exit;
    private ChannelSession channel;

    SimulatedCommand(MmpSimulator simulator, String command) {
        this.simulator = simulator;
        this.command = command;
    }

    @Override
    public void setInputStream(InputStream in) {
        // the MMP commands simulated here read nothing
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // everything goes to stdout, as on the MMP
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        this.channel = channel;
        Thread t = new Thread(this::runSafely, "mmp-sim-command");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void destroy(ChannelSession channel) {
        destroyed.countDown();
    }

    private void runSafely() {
        try {
            run();
        } catch (IOException e) {
            // the client went away; nothing to answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() throws IOException, InterruptedException {
        Fault fault = simulator.fault();
        String cmd = command.trim();
        if (fault == Fault.PASSWORD_EXPIRED) {
            print("Your password has expired.\nYou are required to change your password immediately.\nNew password: ");
            waitUntilClosed();
            return;
        }
        if (fault == Fault.UNKNOWN_COMMAND) {
            finish("Unknown command\n", 0);
            return;
        }
        switch (cmd) {
            case "webbridge restart", "webbridge3 restart" -> restart(cmd.substring(0, cmd.indexOf(' ')));
            case "webbridge" -> finish(status(WB2_STATUS), 0);
            case "webbridge3" -> finish(status(WB3_STATUS), 0);
            default -> finish("Unknown command\n", 0);
        }
    }

    private String status(String text) {
        return simulator.statusDisabled() ? text.replaceFirst("true", "false") : text;
    }

    private void restart(String service) throws IOException, InterruptedException {
        switch (simulator.fault()) {
            case DISCONNECT_MID_COMMAND -> {
                print("Restarting " + service + "...\n");
                channel.getSession().close(true);
            }
            case HANG_COMMAND -> waitUntilClosed();
            case FAILURE_OUTPUT -> finish("FAILURE: " + service + " restart failed: service not configured\n", 0);
            case PERMISSION_DENIED -> finish("Permission denied\n", 0);
            case HUGE_OUTPUT -> {
                String middle = simulator.midFloodOutput();
                if (middle == null) {
                    flood(simulator.hugeOutputBytes());
                } else {
                    flood(simulator.hugeOutputBytes() / 2);
                    print(middle);
                    flood(simulator.hugeOutputBytes() / 2);
                }
                String answer = simulator.restartOutput();
                finish(answer == null ? "SUCCESS: " + service + " restarted\n" : answer, simulator.exitStatus());
            }
            default -> {
                long delay = simulator.restartDelay().toMillis();
                if (delay > 0 && destroyed.await(delay, TimeUnit.MILLISECONDS)) {
                    return;
                }
                String answer = simulator.restartOutput();
                finish(answer == null ? "SUCCESS: " + service + " restarted\n" : answer, simulator.exitStatus());
            }
        }
    }

    private void flood(long bytes) throws IOException {
        byte[] line = "webbridge: INFO : [DEBUGGING] restart progress line, padding the output to flood the client\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[line.length * 90];
        for (int i = 0; i < 90; i++) {
            System.arraycopy(line, 0, chunk, i * line.length, line.length);
        }
        long left = bytes;
        while (left > 0 && destroyed.getCount() > 0) {
            int n = (int) Math.min(chunk.length, left);
            out.write(chunk, 0, n);
            left -= n;
        }
        out.write('\n'); // the flood may end inside a line; the answer starts a line of its own
        out.flush();
    }

    private void waitUntilClosed() throws InterruptedException {
        while (!destroyed.await(100, TimeUnit.MILLISECONDS)) {
            if (!channel.isOpen() || simulator.isClosed()) {
                return;
            }
        }
    }

    private void print(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Prints the answer and ends the command, with an exit status or, when {@code status} is null, without one. */
    private void finish(String text, Integer status) throws IOException {
        print(text);
        if (status == null) {
            channel.close(false);
        } else {
            exit.onExit(status);
        }
    }
}
