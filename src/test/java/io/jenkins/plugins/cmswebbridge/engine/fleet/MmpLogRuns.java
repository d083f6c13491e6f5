package io.jenkins.plugins.cmswebbridge.engine.fleet;

import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import io.jenkins.plugins.cmswebbridge.sim.TestSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs, as a build runs them ({@link NodeRun}), restarts whose session-leak condition reads each simulated MMP's own
 * log over SFTP: the MMPs of one test, each serving its log at {@link #FILE}, and the console of the runs.
 */
final class MmpLogRuns implements AutoCloseable {

    static final String FILE = MmpLogSettings.DEFAULT_REMOTE_PATH;

    private final SimulatedMmps mmps = new SimulatedMmps("admin", "secret");
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    /** An MMP of these runs that serves {@code log} at {@link #FILE}. */
    static MmpSimulator.Builder serving(byte[] log) {
        return MmpSimulator.builder().username("admin").password("secret").syslogFile(FILE, log);
    }

    MmpSimulator start(MmpSimulator.Builder mmp) {
        return mmps.start(mmp);
    }

    /** The settings of a condition that reads {@link #FILE} on each MMP. */
    static MmpLogSettings logs() {
        return MmpLogSettings.builder().remotePath(FILE).build();
    }

    /** A run on every MMP started so far, with this condition. */
    RunReport run(SessionLeakSettings leak) throws Exception {
        RestartPlan plan = new RestartPlan(
                mmps.addresses(),
                TestSettings.fast().build(),
                new KnownHostsVerifier(mmps.knownHosts(), "test"),
                leak,
                null);
        return new NodeRun(plan, mmps.passwordCredentials(), null)
                .run(new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    /** Fails the test, showing the console, unless the console holds each of {@code parts}. */
    void assertConsoleContains(String... parts) {
        for (String part : parts) {
            if (!console().contains(part)) {
                throw new AssertionError("the console lacks '" + part + "':\n" + console());
            }
        }
    }

    static List<Outcome> outcomes(RunReport report) {
        return report.hosts().stream().map(HostReport::outcome).toList();
    }

    @Override
    public void close() {
        mmps.close();
    }
}
