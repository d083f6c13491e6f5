package io.jenkins.plugins.cmswebbridge.engine.fleet;

import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsSettings;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Everything one restart run needs except the secrets, resolved and validated: the hosts, the engine settings, the
 * host key verifier, and the typed settings of each condition ({@code null} when not used). Immutable and
 * serializable; the glue's resolve step builds it on the controller, and a {@link NodeRun} carries it, with the
 * secrets, to the node that runs the build.
 */
public final class RestartPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<HostAddress> hosts;
    private final RestartSettings settings;
    private final HostKeyVerifier verifier;
    private final SessionLeakSettings sessionLeak;
    private final ActiveCallsSettings activeCalls;

    public RestartPlan(
            List<HostAddress> hosts,
            RestartSettings settings,
            HostKeyVerifier verifier,
            SessionLeakSettings sessionLeak,
            ActiveCallsSettings activeCalls) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("no host");
        }
        this.hosts = List.copyOf(hosts);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.sessionLeak = sessionLeak;
        this.activeCalls = activeCalls;
    }

    /** A plan without conditions. */
    public RestartPlan(List<HostAddress> hosts, RestartSettings settings, HostKeyVerifier verifier) {
        this(hosts, settings, verifier, null, null);
    }

    public List<HostAddress> getHosts() {
        return hosts;
    }

    public RestartSettings getSettings() {
        return settings;
    }

    public HostKeyVerifier getVerifier() {
        return verifier;
    }

    /** The session-leak condition, or {@code null} when every run restarts. */
    public SessionLeakSettings getSessionLeak() {
        return sessionLeak;
    }

    /** The active-calls condition, or {@code null} when the call bridges are not asked. */
    public ActiveCallsSettings getActiveCalls() {
        return activeCalls;
    }
}
