package io.jenkins.plugins.cmswebbridge.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.report.JsonReportWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.ForecastRule;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Outlook;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SftpFault;
import io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures;
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

    private static final ForecastRule WEEK = new ForecastRule(Duration.ofDays(7), 10, false);

    @AutoClose
    private final MmpLogRuns runs = new MmpLogRuns();

    /** An MMP whose log bundle holds nine days of a web bridge leaking {@code growthPerDay}, the newest just now. */
    private static MmpSimulator.Builder mmp(String bridge, double growthPerDay) {
        List<String> lines = SyslogFixtures.leaking(bridge, Instant.now().minusSeconds(300), 9, 20, growthPerDay, 30);
        byte[] syslog = SyslogFixtures.text(lines.toArray(String[]::new));
        return MmpLogRuns.serving(SyslogFixtures.tarGz(Map.of("var/log/syslog", syslog)));
    }

    /** A run with a forecast over a week, and the outcomes of its hosts, checked against {@code expected}. */
    private RunReport run(Outcome expected) throws Exception {
        RunReport report = runs.run(SessionLeakSettings.fromMmps(MmpLogRuns.logs(), null, null, WEEK));
        assertEquals(List.of(expected, expected), MmpLogRuns.outcomes(report), runs.console());
        return report;
    }

    @Test
    void aWebBridgeReachingTheLimitWithinTheHorizonRestartsEveryMmp() throws Exception {
        // 20 + 10 a day for 9 days, plus 30 guests: 140 at today's peak; 139 is reached today or tomorrow
        MmpSimulator fast = runs.start(mmp("cmsfe1", 10));
        MmpSimulator slow = runs.start(mmp("cmsfe2", 1));
        RunReport report = run(Outcome.RESTARTED);
        runs.assertConsoleContains("restart needed: forecast: cmsfe1 reaches 139 within 7.0 d");
        runs.assertConsoleContains("  cmsfe1: +10.0 sessions a day; ");
        runs.assertConsoleContains("  cmsfe2: +1.0 sessions a day; 149 in ~");
        assertEquals(
                List.of(Outlook.Call.RESTART, Outlook.Call.NOT_YET),
                report.outlooks().stream().map(Outlook::call).toList());
        assertEquals(List.of("webbridge restart", "webbridge"), fast.commands());
        assertEquals(List.of("webbridge restart", "webbridge"), slow.commands());
        assertTrue(JsonReportWriter.render(report).contains("\"call\": \"RESTART\""));
    }

    @Test
    void noWebBridgeReachingItWithinTheHorizonRestartsNothing() throws Exception {
        MmpSimulator a = runs.start(mmp("cmsfe1", 2));
        MmpSimulator b = runs.start(mmp("cmsfe2", 1));
        RunReport report = run(Outcome.NOT_NEEDED);
        assertTrue(
                report.hosts().get(0).reason().startsWith("restart not needed: forecast: no web bridge reaches 139"),
                report.hosts().get(0).reason());
        assertEquals(List.of(), a.commands());
        assertEquals(List.of(), b.commands());
    }

    @Test
    void aForecastThatCallsForARestartIsEnoughWhenAnotherLogCannotBeRead() throws Exception {
        MmpSimulator fast = runs.start(mmp("cmsfe1", 10));
        MmpSimulator missing = runs.start(mmp("cmsfe2", 1).sftpFault(SftpFault.NO_SUCH_FILE));
        RunReport report = run(Outcome.RESTARTED);
        runs.assertConsoleContains("(1 of 2 MMP logs could not be read; the forecasts read are enough)");
        assertEquals(List.of("webbridge restart", "webbridge"), missing.commands());
    }

    @Test
    void withoutARestartFromTheForecastsAnUnreadLogLeavesTheLeakUnknown() throws Exception {
        MmpSimulator slow = runs.start(mmp("cmsfe1", 1));
        runs.start(mmp("cmsfe2", 1).sftpFault(SftpFault.NO_SUCH_FILE));
        RunReport report = run(Outcome.NOT_RUN);
        assertTrue(report.hosts().get(0).reason().startsWith("session leak unknown: 1 of 2 MMP logs"));
        assertEquals(List.of(), slow.commands());
    }
}
