package io.jenkins.plugins.cmswebbridge.forms;

import io.jenkins.plugins.cmswebbridge.engine.credentials.MmpAuthenticator;
import io.jenkins.plugins.cmswebbridge.engine.fleet.FleetListener;
import io.jenkins.plugins.cmswebbridge.engine.fleet.FleetRunner;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostList;
import io.jenkins.plugins.cmswebbridge.engine.report.ConsoleFormatter;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The form's "Test connection": for every host, connect, check the host key, authenticate and run the
 * status command, restarting nothing (a dry run, no retries, short timeouts, several hosts at once). It runs in the
 * request thread of the user who clicked, so it is bounded: at most {@value #MAX_HOSTS} hosts, and one deadline for
 * the whole test.
 * Plain Java, tested offline against the simulated MMPs.
 */
public final class TestConnection {

    /** How many hosts are tried at once. */
    static final int PARALLELISM = 8;
    /** The longest a check of one host may take per step, whatever the form says. */
    static final Duration MAX_STEP = Duration.ofSeconds(30);
    /** The longest the whole test may hold the request thread of the user who clicked. */
    static final Duration DEADLINE = Duration.ofSeconds(60);
    /** The most hosts one test tries; a dry run build checks more. */
    static final int MAX_HOSTS = 50;

    /** The form's values as typed: hosts, default port, service and connect timeout. */
    public record Form(String hosts, String defaultPort, String service, String connectTimeout) {}

    /** What the form shows: whether every host passed, and one line per host (plus warnings). */
    public record Message(boolean ok, List<String> lines) {
        public String text() {
            return String.join("\n", lines);
        }
    }

    private TestConnection() {}

    /** @throws IllegalArgumentException naming the bad field, before any connection */
    public static Message run(Form form, MmpAuthenticator authenticator, HostKeyVerifier verifier) throws IOException {
        return run(form, authenticator, verifier, DEADLINE);
    }

    /**
     * The same with another overall deadline: when it passes, the test stops (open connections are closed) and the
     * hosts not done are reported as such. Nothing of a non-SSH service's answer is repeated.
     */
    static Message run(Form form, MmpAuthenticator authenticator, HostKeyVerifier verifier, Duration deadline)
            throws IOException {
        HostList hosts = field(
                "hosts",
                Fields.hosts(
                        form.hosts(),
                        field("defaultPort", Fields.number(form.defaultPort()).then(Fields::port))));
        if (hosts.getHosts().size() > MAX_HOSTS) {
            throw new IllegalArgumentException(Messages.Form_TestConnectionTooManyHosts(MAX_HOSTS));
        }
        Duration connect = field(
                "connectTimeout",
                Fields.number(form.connectTimeout())
                        .then(n -> Fields.seconds(n, RestartSettings.DEFAULT_CONNECT_TIMEOUT)));
        RestartSettings settings = RestartSettings.builder()
                .service(field("service", Fields.service(form.service())))
                .connectTimeout(min(connect, MAX_STEP))
                .kexTimeout(min(RestartSettings.DEFAULT_KEX_TIMEOUT, MAX_STEP))
                .authTimeout(min(RestartSettings.DEFAULT_AUTH_TIMEOUT, MAX_STEP))
                .commandTimeout(MAX_STEP)
                .retries(0)
                .parallelism(Math.max(1, Math.min(PARALLELISM, hosts.getHosts().size())))
                .dryRun(true)
                .build();
        verifier.prepare();
        List<String> warnings = new ArrayList<>();
        FleetRunner runner = new FleetRunner(settings, authenticator, verifier, new FleetListener() {
            @Override
            public void warning(String message) {
                warnings.add("WARNING: " + message);
            }
        });
        Thread caller = Thread.currentThread();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cms-webbridge-test-connection-deadline");
            t.setDaemon(true);
            return t;
        });
        RunReport report;
        try {
            timer.schedule(caller::interrupt, deadline.toMillis(), TimeUnit.MILLISECONDS);
            report = runner.run(hosts.getHosts());
        } finally {
            stopDeadline(timer);
        }
        List<String> lines = new ArrayList<>(warnings);
        if (report.aborted()) {
            lines.add(Messages.Form_TestConnectionDeadline(deadline.toSeconds()));
        }
        int done = 0;
        for (HostReport r : report.hosts()) {
            lines.add(ConsoleFormatter.hostLine(r, ++done, report.hosts().size()));
        }
        return new Message(report.allOk(), lines);
    }

    /** The value, or an {@link IllegalArgumentException} naming the field. */
    private static <T> T field(String name, Fields.Checked<T> checked) {
        if (checked.problem() != null) {
            throw new IllegalArgumentException(name + ": " + checked.problem());
        }
        return checked.value();
    }

    /**
     * Stops the deadline timer and clears the interrupt it (or the runner) may have left on this request thread. The
     * timer's task may be running at this very moment, so its end is awaited before the flag is cleared for good.
     */
    private static void stopDeadline(ExecutorService timer) {
        timer.shutdownNow();
        for (int attempt = 0; attempt < 10; attempt++) {
            Thread.interrupted();
            try {
                if (timer.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                // the deadline fired while we waited: wait again
            }
        }
        Thread.interrupted(); // the deadline's interrupt must not outlive this request
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
