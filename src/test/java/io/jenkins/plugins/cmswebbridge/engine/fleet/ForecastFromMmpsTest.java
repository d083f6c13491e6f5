package io.jenkins.plugins.cmswebbridge.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.JsonReportWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.ForecastRule;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Outlook;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SftpFault;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures;
import io.jenkins.plugins.cmswebbridge.sim.TestSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The session-leak condition deciding from the forecasts, end to end as a build runs it ({@link NodeRun}): each
 * simulated MMP serves a log bundle with nine days of its web bridge's readings over SFTP, the scan forecasts each web
 * bridge, and the run restarts every MMP, or none, from what the forecasts call for.
 */
class ForecastFromMmpsTest {

    private static final String FILE = MmpLogSettings.DEFAULT_REMOTE_PATH;

    @AutoClose
    private final SimulatedMmps mmps = new SimulatedMmps("admin", "secret");

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    /** An MMP whose log bundle holds nine days of a web bridge leaking {@code growthPerDay}, the newest just now. */
    private static MmpSimulator.Builder mmp(String bridge, double growthPerDay) {
        List<String> lines = SyslogFixtures.leaking(bridge, Instant.now().minusSeconds(300), 9, 20, growthPerDay, 30);
        byte[] syslog = SyslogFixtures.text(lines.toArray(String[]::new));
        return MmpSimulator.builder()
                .username("admin")
                .password("secret")
                .syslogFile(FILE, SyslogFixtures.tarGz(Map.of("var/log/syslog", syslog)));
    }

    private RunReport run(ForecastRule rule) throws Exception {
        SessionLeakSettings leak = SessionLeakSettings.fromMmps(
                MmpLogSettings.builder().remotePath(FILE).build(), null, null, rule);
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
    void aWebBridgeReachingTheLimitWithinTheHorizonRestartsEveryMmp() throws Exception {
        // 20 + 10 a day for 9 days, plus 30 guests: 140 at today's peak; 139 is reached today or tomorrow
        MmpSimulator fast = mmps.start(mmp("cmsfe1", 10));
        MmpSimulator slow = mmps.start(mmp("cmsfe2", 1));
        RunReport report = run(new ForecastRule(Duration.ofDays(7), 10, false));
        assertEquals(List.of(Outcome.RESTARTED, Outcome.RESTARTED), outcomes(report), console());
        assertTrue(console().contains("restart needed: forecast: cmsfe1 reaches 139 within 7.0 d"), console());
        assertTrue(console().contains("  cmsfe1: +10.0 sessions a day; "), console());
        assertTrue(console().contains("  cmsfe2: +1.0 sessions a day; 149 in ~"), console());
        assertEquals(
                List.of(Outlook.Call.RESTART, Outlook.Call.NOT_YET),
                report.outlooks().stream().map(Outlook::call).toList());
        assertEquals(List.of("webbridge restart", "webbridge"), fast.commands());
        assertEquals(List.of("webbridge restart", "webbridge"), slow.commands());
        assertTrue(JsonReportWriter.render(report).contains("\"call\": \"RESTART\""));
    }

    @Test
    void noWebBridgeReachingItWithinTheHorizonRestartsNothing() throws Exception {
        MmpSimulator a = mmps.start(mmp("cmsfe1", 2));
        MmpSimulator b = mmps.start(mmp("cmsfe2", 1));
        RunReport report = run(new ForecastRule(Duration.ofDays(7), 10, false));
        assertEquals(List.of(Outcome.NOT_NEEDED, Outcome.NOT_NEEDED), outcomes(report), console());
        assertTrue(
                report.hosts().get(0).reason().startsWith("restart not needed: forecast: no web bridge reaches 139"),
                report.hosts().get(0).reason());
        assertEquals(List.of(), a.commands());
        assertEquals(List.of(), b.commands());
    }

    @Test
    void aForecastThatCallsForARestartIsEnoughWhenAnotherLogCannotBeRead() throws Exception {
        MmpSimulator fast = mmps.start(mmp("cmsfe1", 10));
        MmpSimulator missing = mmps.start(mmp("cmsfe2", 1).sftpFault(SftpFault.NO_SUCH_FILE));
        RunReport report = run(new ForecastRule(Duration.ofDays(7), 10, false));
        assertEquals(List.of(Outcome.RESTARTED, Outcome.RESTARTED), outcomes(report), console());
        assertTrue(console().contains("(1 of 2 MMP logs could not be read; the forecasts read are enough)"), console());
        assertEquals(List.of("webbridge restart", "webbridge"), missing.commands());
    }

    @Test
    void withoutARestartFromTheForecastsAnUnreadLogLeavesTheLeakUnknown() throws Exception {
        MmpSimulator slow = mmps.start(mmp("cmsfe1", 1));
        mmps.start(mmp("cmsfe2", 1).sftpFault(SftpFault.NO_SUCH_FILE));
        RunReport report = run(new ForecastRule(Duration.ofDays(7), 10, false));
        assertEquals(List.of(Outcome.NOT_RUN, Outcome.NOT_RUN), outcomes(report), console());
        assertTrue(report.hosts().get(0).reason().startsWith("session leak unknown: 1 of 2 MMP logs"));
        assertEquals(List.of(), slow.commands());
    }
}
