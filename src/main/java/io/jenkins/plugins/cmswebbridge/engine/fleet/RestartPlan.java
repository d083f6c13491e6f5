package io.jenkins.plugins.cmswebbridge.engine.fleet;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsSettings;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Everything one restart run needs except the secrets, resolved and validated. Immutable and serializable; the glue's
 * resolve step builds it on the controller, and a {@link NodeRun} carries it, with the secrets, to the node that runs
 * the build.
 *
 * @param hosts the hosts, in the order they are worked on; at least one
 * @param settings the engine settings
 * @param verifier the host key verifier
 * @param sessionLeak the session-leak condition, or {@code null} when every run restarts
 * @param activeCalls the active-calls condition, or {@code null} when the call bridges are not asked
 */
public record RestartPlan(
        List<HostAddress> hosts,
        RestartSettings settings,
        HostKeyVerifier verifier,
        @CheckForNull SessionLeakSettings sessionLeak,
        @CheckForNull ActiveCallsSettings activeCalls)
        implements Serializable {

    public RestartPlan {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("no host");
        }
        hosts = List.copyOf(hosts);
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(verifier, "verifier");
    }

    /** A plan without conditions. */
    public RestartPlan(List<HostAddress> hosts, RestartSettings settings, HostKeyVerifier verifier) {
        this(hosts, settings, verifier, null, null);
    }
}
