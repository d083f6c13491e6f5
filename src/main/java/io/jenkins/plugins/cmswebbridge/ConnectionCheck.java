package io.jenkins.plugins.cmswebbridge;

import io.jenkins.plugins.cmswebbridge.engine.ConsoleFormatter;
import io.jenkins.plugins.cmswebbridge.engine.FleetListener;
import io.jenkins.plugins.cmswebbridge.engine.FleetReport;
import io.jenkins.plugins.cmswebbridge.engine.FleetRunner;
import io.jenkins.plugins.cmswebbridge.engine.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.HostList;
import io.jenkins.plugins.cmswebbridge.engine.HostResult;
import io.jenkins.plugins.cmswebbridge.engine.MmpAuthenticator;
import io.jenkins.plugins.cmswebbridge.engine.RestartSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The form's "Test connection": for every host, connect, check the host key, authenticate and run the
 * status command, restarting nothing (a dry run, no retries, short timeouts, several hosts at once).
 * Plain Java, tested offline against the simulated MMPs.
 */
public final class ConnectionCheck {

    /** How many hosts are tried at once. */
    static final int PARALLELISM = 8;
    /** The longest a check of one host may take per step, whatever the form says. */
    static final Duration MAX_STEP = Duration.ofSeconds(30);

    /** The outcome: whether every host passed, and one line per host (plus warnings) for the form. */
    public record Result(boolean ok, List<String> lines) {
        public String text() {
            return String.join("\n", lines);
        }
    }

    private ConnectionCheck() {}

    /**
     * @param parameters the form's values (hosts, port, service, connect timeout)
     * @throws IllegalArgumentException naming the bad field, before any connection
     */
    public static Result run(RestartParameters parameters, MmpAuthenticator authenticator, HostKeyVerifier verifier)
            throws IOException {
        HostList hosts = parameters.hostList();
        RestartSettings configured = parameters.toSettings();
        Duration connect = min(configured.getConnectTimeout(), MAX_STEP);
        RestartSettings settings = RestartSettings.builder()
                .service(configured.getService())
                .connectTimeout(connect)
                .kexTimeout(min(RestartSettings.DEFAULT_KEX_TIMEOUT, MAX_STEP))
                .authTimeout(min(RestartSettings.DEFAULT_AUTH_TIMEOUT, MAX_STEP))
                .commandTimeout(MAX_STEP)
                .retries(0)
                .parallelism(Math.max(1, Math.min(PARALLELISM, hosts.getHosts().size())))
                .dryRun(true)
                .build();
        verifier.prepare();
        List<String> warnings = new ArrayList<>();
        FleetReport report = new FleetRunner(settings, authenticator, verifier, new FleetListener() {
                    @Override
                    public void warning(String message) {
                        warnings.add("WARNING: " + message);
                    }
                })
                .run(hosts.getHosts());
        List<String> lines = new ArrayList<>(warnings);
        int done = 0;
        for (HostResult r : report.getResults()) {
            lines.add(ConsoleFormatter.hostLine(r, ++done, report.getResults().size()));
        }
        return new Result(report.isAllOk(), lines);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
