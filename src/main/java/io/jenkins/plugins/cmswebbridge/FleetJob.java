package io.jenkins.plugins.cmswebbridge;

import io.jenkins.plugins.cmswebbridge.engine.ConsoleFleetListener;
import io.jenkins.plugins.cmswebbridge.engine.ConsoleFormatter;
import io.jenkins.plugins.cmswebbridge.engine.FleetReport;
import io.jenkins.plugins.cmswebbridge.engine.FleetRunner;
import io.jenkins.plugins.cmswebbridge.engine.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.MmpAuthenticator;
import io.jenkins.plugins.cmswebbridge.engine.RestartSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One fleet restart as it travels to the node that runs the build: hosts, settings, authenticator and
 * host key verifier, all plain serializable data. Plain Java (no Jenkins types), so that it is tested
 * offline exactly as it runs on an agent.
 *
 * <p>A running job registers its thread under its id, so that a separate call can abort it: the
 * controller does that when the build is aborted, and then still receives the report of what was done.
 */
public final class FleetJob implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, Thread> RUNNING = new ConcurrentHashMap<>();

    private final String id;
    private final List<HostAddress> hosts;
    private final RestartSettings settings;
    private final MmpAuthenticator authenticator;
    private final HostKeyVerifier verifier;

    public FleetJob(List<HostAddress> hosts, RestartSettings settings, MmpAuthenticator authenticator,
            HostKeyVerifier verifier) {
        this.id = UUID.randomUUID().toString();
        this.hosts = List.copyOf(hosts);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    public String getId() {
        return id;
    }

    public List<HostAddress> getHosts() {
        return hosts;
    }

    /**
     * Runs the fleet in the calling thread, printing a line per host as it finishes and the summary.
     *
     * @throws IOException when the host key verifier cannot be prepared on this node (e.g. a missing
     *     known_hosts file); no connection has been made then
     */
    public FleetReport run(PrintStream console) throws IOException {
        verifier.prepare();
        RUNNING.put(id, Thread.currentThread());
        try {
            FleetReport report = new FleetRunner(settings, authenticator, verifier, new ConsoleFleetListener(console))
                    .run(hosts);
            console.println(ConsoleFormatter.summary(report));
            return report;
        } finally {
            RUNNING.remove(id);
        }
    }

    /**
     * Aborts the job with this id if it runs in this JVM: its runner stops starting hosts, closes open
     * connections and returns its report within seconds.
     *
     * @return whether such a job was running
     */
    public static boolean abort(String id) {
        Thread thread = RUNNING.get(id);
        if (thread == null) {
            return false;
        }
        thread.interrupt();
        return true;
    }

    static boolean isRunning(String id) {
        return RUNNING.containsKey(id);
    }
}
