package io.jenkins.plugins.cmswebbridge.engine.fleet;

import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.callBridge;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.text;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.webBridge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SftpFault;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures;
import io.jenkins.plugins.cmswebbridge.sim.TestSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The session-leak condition that reads each MMP's own log over SFTP, run as a build runs it ({@link NodeRun}):
 * the restart follows the figures; an MMP whose log cannot be read makes the leak unknown, and nothing is
 * restarted, unless the busiest web bridge read already reaches {@code minActive}.
 */
class SessionLeakFromMmpsTest {

    private static final String FILE = MmpLogSettings.DEFAULT_REMOTE_PATH;

    @AutoClose
    private final SimulatedMmps mmps = new SimulatedMmps("admin", "secret");

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private static MmpSimulator.Builder mmp(int webBridgeActive, int cmaActive) {
        return MmpSimulator.builder()
                .username("admin")
                .password("secret")
                .syslogFile(
                        FILE,
                        text(
                                webBridge("Jun  8 14:55:03.118", "cmsfe" + webBridgeActive, webBridgeActive),
                                callBridge("Jun  8 14:55:00.004", "cmscb" + webBridgeActive, cmaActive, 20)));
    }

    private RunReport run(Integer minLeaked, Integer minActive) throws Exception {
        SessionLeakSettings leak = SessionLeakSettings.fromMmps(
                MmpLogSettings.builder().remotePath(FILE).build(), minLeaked, minActive);
        RestartPlan plan = new RestartPlan(
                mmps.addresses(),
                TestSettings.fast().build(),
                new KnownHostsVerifier(mmps.knownHosts(), "test"),
                leak,
                null);
        return new NodeRun(plan, mmps.passwordCredentials(), null)
                .run(new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private static List<Outcome> outcomes(RunReport report) {
        return report.hosts().stream().map(HostReport::outcome).toList();
    }

    @Test
    void aLeakAboveTheThresholdRestartsEveryMmp() throws Exception {
        MmpSimulator a = mmps.start(mmp(40, 10));
        MmpSimulator b = mmps.start(mmp(30, 5));
        RunReport report = run(50, null);
        assertEquals(List.of(Outcome.RESTARTED, Outcome.RESTARTED), outcomes(report), console());
        assertEquals(55, report.sessions().leaked(), "web bridges 40 + 30, CMA 10 + 5");
        assertTrue(console().contains("restart needed: 55 leaked >= 50"), console());
        assertEquals(List.of("webbridge restart", "webbridge"), a.commands());
        assertEquals(List.of("webbridge restart", "webbridge"), b.commands());
    }

    @Test
    void aLeakBelowTheThresholdRestartsNothing() throws Exception {
        MmpSimulator a = mmps.start(mmp(12, 10));
        RunReport report = run(50, null);
        assertEquals(List.of(Outcome.NOT_NEEDED), outcomes(report));
        assertEquals(List.of(), a.commands());
    }

    @Test
    void anUnreadableMmpMakesTheLeakUnknownAndNothingIsRestarted() throws Exception {
        MmpSimulator good = mmps.start(mmp(90, 10));
        MmpSimulator missing = mmps.start(mmp(0, 0).sftpFault(SftpFault.NO_SUCH_FILE));
        RunReport report = run(50, 140);
        assertEquals(List.of(Outcome.NOT_RUN, Outcome.NOT_RUN), outcomes(report), console());
        assertTrue(report.hosts().get(0).reason().startsWith("session leak unknown: 1 of 2 MMP logs"));
        assertTrue(console().contains(missing.host() + ":" + missing.port() + ": NO_SUCH_FILE"), console());
        assertEquals(List.of(), good.commands());
        assertEquals(List.of(), missing.commands());
    }

    @Test
    void aLogBundleCutShortMakesTheLeakUnknownAndNothingIsRestarted() throws Exception {
        MmpSimulator good = mmps.start(mmp(90, 10));
        byte[] bundle =
                SyslogFixtures.tarGz(java.util.Map.of("var/log/syslog", SyslogFixtures.generated(256 * 1024, 2, 90)));
        MmpSimulator cut = mmps.start(mmp(0, 0).syslogFile(FILE, java.util.Arrays.copyOf(bundle, bundle.length / 2)));
        RunReport report = run(50, 140);
        assertEquals(List.of(Outcome.NOT_RUN, Outcome.NOT_RUN), outcomes(report), console());
        assertTrue(console().contains(cut.host() + ":" + cut.port() + ": INCOMPLETE"), console());
        assertEquals(List.of(), good.commands());
        assertEquals(List.of(), cut.commands());
    }

    @Test
    void theBusiestWebBridgeReadIsAFloorThatStillRestarts() throws Exception {
        MmpSimulator busy = mmps.start(mmp(145, 10));
        MmpSimulator refused = mmps.start(mmp(0, 0).sftpFault(SftpFault.NO_SUCH_FILE));
        RunReport report = run(null, 140);
        assertEquals(List.of(Outcome.RESTARTED, Outcome.RESTARTED), outcomes(report), console());
        assertTrue(console().contains("busiest web bridge 145 >= 140 (1 of 2 MMP logs could not be read"), console());
        assertEquals(List.of("webbridge restart", "webbridge"), refused.commands());
        assertEquals(List.of("webbridge restart", "webbridge"), busy.commands());
    }
}
