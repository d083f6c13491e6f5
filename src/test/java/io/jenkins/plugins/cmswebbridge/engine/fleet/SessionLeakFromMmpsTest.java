package io.jenkins.plugins.cmswebbridge.engine.fleet;

import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.callBridge;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.text;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.webBridge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SftpFault;
import io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The session-leak condition that reads each MMP's own log over SFTP, run as a build runs it ({@link NodeRun}):
 * the restart follows the figures; an MMP whose log cannot be read makes the leak unknown, and nothing is
 * restarted, unless the busiest web bridge read already reaches {@code minActive}.
 */
class SessionLeakFromMmpsTest {

    @AutoClose
    private final MmpLogRuns runs = new MmpLogRuns();

    private static MmpSimulator.Builder mmp(int webBridgeActive, int cmaActive) {
        return MmpLogRuns.serving(text(
                webBridge("Jun  8 14:55:03.118", "cmsfe" + webBridgeActive, webBridgeActive),
                callBridge("Jun  8 14:55:00.004", "cmscb" + webBridgeActive, cmaActive, 20)));
    }

    private RunReport run(Integer minLeaked, Integer minActive) throws Exception {
        return runs.run(SessionLeakSettings.fromMmps(MmpLogRuns.logs(), minLeaked, minActive));
    }

    private String console() {
        return runs.console();
    }

    @Test
    void aLeakAboveTheThresholdRestartsEveryMmp() throws Exception {
        MmpSimulator a = runs.start(mmp(40, 10));
        MmpSimulator b = runs.start(mmp(30, 5));
        RunReport report = run(50, null);
        assertEquals(List.of(Outcome.RESTARTED, Outcome.RESTARTED), MmpLogRuns.outcomes(report), console());
        assertEquals(55, report.sessions().leaked(), "web bridges 40 + 30, CMA 10 + 5");
        runs.assertConsoleContains("restart needed: 55 leaked >= 50");
        assertEquals(List.of("webbridge restart", "webbridge"), a.commands());
        assertEquals(List.of("webbridge restart", "webbridge"), b.commands());
    }

    @Test
    void aLeakBelowTheThresholdRestartsNothing() throws Exception {
        MmpSimulator a = runs.start(mmp(12, 10));
        RunReport report = run(50, null);
        assertEquals(List.of(Outcome.NOT_NEEDED), MmpLogRuns.outcomes(report));
        assertEquals(List.of(), a.commands());
    }

    /** Runs with a good MMP and one whose log cannot be read whole: the leak is unknown, and nothing restarts. */
    private void assertUnknownWith(MmpSimulator.Builder unreadable, String kind) throws Exception {
        MmpSimulator good = runs.start(mmp(90, 10));
        MmpSimulator broken = runs.start(unreadable);
        RunReport report = run(50, 140);
        assertEquals(List.of(Outcome.NOT_RUN, Outcome.NOT_RUN), MmpLogRuns.outcomes(report), console());
        assertTrue(report.hosts().get(0).reason().startsWith("session leak unknown: 1 of 2 MMP logs"));
        runs.assertConsoleContains(broken.host() + ":" + broken.port() + ": " + kind);
        assertEquals(List.of(), good.commands());
        assertEquals(List.of(), broken.commands());
    }

    @Test
    void anUnreadableMmpMakesTheLeakUnknownAndNothingIsRestarted() throws Exception {
        assertUnknownWith(mmp(0, 0).sftpFault(SftpFault.NO_SUCH_FILE), "NO_SUCH_FILE");
    }

    @Test
    void aLogBundleCutShortMakesTheLeakUnknownAndNothingIsRestarted() throws Exception {
        byte[] bundle =
                SyslogFixtures.tarGz(java.util.Map.of("var/log/syslog", SyslogFixtures.generated(256 * 1024, 2, 90)));
        assertUnknownWith(
                mmp(0, 0).syslogFile(MmpLogRuns.FILE, java.util.Arrays.copyOf(bundle, bundle.length / 2)),
                "INCOMPLETE");
    }

    @Test
    void theBusiestWebBridgeReadIsAFloorThatStillRestarts() throws Exception {
        MmpSimulator busy = runs.start(mmp(145, 10));
        MmpSimulator refused = runs.start(mmp(0, 0).sftpFault(SftpFault.NO_SUCH_FILE));
        RunReport report = run(null, 140);
        assertEquals(List.of(Outcome.RESTARTED, Outcome.RESTARTED), MmpLogRuns.outcomes(report), console());
        assertTrue(console().contains("busiest web bridge 145 >= 140 (1 of 2 MMP logs could not be read"), console());
        assertEquals(List.of("webbridge restart", "webbridge"), refused.commands());
        assertEquals(List.of("webbridge restart", "webbridge"), busy.commands());
    }
}
