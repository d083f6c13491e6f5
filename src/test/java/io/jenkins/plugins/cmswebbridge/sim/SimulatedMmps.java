package io.jenkins.plugins.cmswebbridge.sim;

import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A group of simulated MMPs sharing one account, for tests that run a fleet: starts them, describes them
 * as a host list and as known_hosts lines, and stops them all.
 */
public final class SimulatedMmps implements AutoCloseable {

    private final String username;
    private final String password;
    private final PublicKey authorizedKey;
    private final List<MmpSimulator> simulators = new ArrayList<>();

    public SimulatedMmps(String username, String password) {
        this(username, password, null);
    }

    /** @param authorizedKey a key the account also accepts, or {@code null} */
    public SimulatedMmps(String username, String password, PublicKey authorizedKey) {
        this.username = username;
        this.password = password;
        this.authorizedKey = authorizedKey;
    }

    public MmpSimulator start(Fault fault) {
        MmpSimulator.Builder builder =
                MmpSimulator.builder().username(username).password(password).fault(fault);
        if (authorizedKey != null) {
            builder.authorizedKey(authorizedKey);
        }
        return start(builder);
    }

    /** Starts a simulator configured by the caller (its own account settings), as one of this group. */
    public MmpSimulator start(MmpSimulator.Builder builder) {
        MmpSimulator sim = builder.start();
        simulators.add(sim);
        return sim;
    }

    public List<MmpSimulator> all() {
        return simulators;
    }

    public MmpSimulator get(int index) {
        return simulators.get(index);
    }

    public List<HostAddress> addresses() {
        return simulators.stream().map(s -> new HostAddress(s.host(), s.port())).toList();
    }

    /** The host list as typed in the job, one {@code host:port} per line. */
    public String hostList() {
        return simulators.stream().map(s -> s.host() + ":" + s.port()).collect(Collectors.joining("\n"));
    }

    /** A known_hosts line for every simulator. */
    public String knownHosts() {
        return simulators.stream().map(MmpSimulator::knownHostsLine).collect(Collectors.joining("\n")) + "\n";
    }

    /** The engine's credentials for the group's account: its user name and password. */
    public SshCredentials passwordCredentials() {
        return SshCredentials.password(username, password.toCharArray());
    }

    /** Stops every simulator and forgets them, for a second part of a test with new ones. */
    public void restart() {
        close();
        simulators.clear();
    }

    @Override
    public void close() {
        simulators.forEach(MmpSimulator::close);
    }
}
