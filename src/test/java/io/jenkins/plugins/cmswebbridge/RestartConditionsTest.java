package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsReport;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ApiCredentials;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.FakeCallBridge;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.TestCertificates;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.fleet.NodeRun;
import io.jenkins.plugins.cmswebbridge.engine.report.JsonReportWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RestartLogWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.fields.ResultOnFailure;
import io.jenkins.plugins.cmswebbridge.history.RestartReportAction;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver;
import io.jenkins.plugins.cmswebbridge.resolve.RestartStepConfig;
import io.jenkins.plugins.cmswebbridge.run.BuildResult;
import io.jenkins.plugins.cmswebbridge.run.RestartRun;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conditions checked before any MMP is contacted, run for real: syslog files in a workspace, call
 * bridges over TLS, MMPs over SSH.
 */
class RestartConditionsTest {

    private static final String PASSWORD = "Mmp-Pa55word-never-shown";

    @TempDir
    static Path certDir;

    static TestCertificates certs;

    @TempDir
    Path workspace;

    @AutoClose
    private final SimulatedMmps mmps = new SimulatedMmps("admin", PASSWORD);

    @BeforeAll
    static void makeCertificates() throws Exception {
        certs = new TestCertificates(certDir);
    }

    /** Today's syslog lines: web bridges fe1 and fe2, CMA on cb1; leaked = 30 + 50 - 20 = 60, busiest 50. */
    private void writeLogs() throws IOException {
        String month = java.time.format.DateTimeFormatter.ofPattern("MMM d HH:mm:ss", java.util.Locale.ROOT)
                .withZone(java.time.ZoneOffset.UTC)
                .format(java.time.Instant.now().minusSeconds(600));
        Files.createDirectories(workspace.resolve("cms-logs"));
        Files.writeString(
                workspace.resolve("cms-logs/syslog"),
                String.join(
                        "\n",
                        month + " user.info fe1 \"webbridge\": INFO : [DEBUGGING] Stats 30, c:900, d:870",
                        month + " user.info fe2 \"webbridge\": INFO : [DEBUGGING] Stats 50, c:700, d:650",
                        month
                                + " user.info cb1 host:server: INFO : STATS: {\"callLegs\": \"40/41\", \"CMA\": \"20/22\"}",
                        month + " user.info cb1 host:server: INFO : STATS: {broken"),
                StandardCharsets.UTF_8);
    }

    /**
     * The run a build would send: the step's configuration with these conditions, through the resolve step, with the
     * MMP and API passwords.
     */
    private NodeRun nodeRun(SessionLeakCondition leak, ActiveCallsCondition calls) {
        RestartCmsWebBridgesBuilder config = new RestartCmsWebBridgesBuilder(mmps.hostList(), "cms-mmp-admin");
        config.setConnectTimeout(5);
        config.setCommandTimeout(30);
        config.setHostKeyVerification(new KnownHostsStrategy(mmps.knownHosts()));
        config.setSessionLeak(leak);
        config.setActiveCalls(calls);
        RestartResolver.Resolution resolution =
                RestartResolver.resolve(config, UnaryOperator.identity(), workspace.toString());
        assertTrue(resolution.ok(), resolution.problems().toString());
        return new NodeRun(
                resolution.resolved().plan(),
                SshCredentials.password("admin", PASSWORD.toCharArray()),
                calls == null ? null : new ApiCredentials(FakeCallBridge.USER, FakeCallBridge.PASSWORD.toCharArray()));
    }

    private static SessionLeakCondition leak(Integer minLeaked, Integer minActive) {
        SessionLeakCondition condition = new SessionLeakCondition("cms-logs/**/syslog*");
        condition.setMinLeaked(minLeaked);
        condition.setMinActive(minActive);
        return condition;
    }

    private static ActiveCallsCondition calls(FakeCallBridge cb, String whenBusy) {
        ActiveCallsCondition condition = new ActiveCallsCondition(cb.address(), "cms-api");
        condition.setCustomCa(certs.caPem);
        condition.setWhenBusy(whenBusy);
        return condition;
    }

    /** What one run gave: its report and its console. */
    private record Ran(RunReport report, String console) {}

    private static Ran run(NodeRun nodeRun) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunReport report = nodeRun.run(new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Ran(report, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void belowTheThresholdsNothingIsRestartedAndTheBuildStaysGreen() throws Exception {
        mmps.start(Fault.NONE);
        writeLogs();
        Ran r = run(nodeRun(leak(61, 51), null));
        assertEquals(Outcome.NOT_NEEDED, r.report().hosts().get(0).outcome());
        assertEquals(List.of(), mmps.get(0).commands(), "no MMP command when no restart is needed");
        assertEquals(0, mmps.get(0).connectionsAccepted());
        assertEquals(BuildResult.SUCCESS, BuildResult.of(r.report(), ResultOnFailure.FAILURE));
        assertEquals(
                "restart not needed: 60 leaked < 61 and busiest web bridge 50 < 51",
                r.report().sessionDecision());
        assertTrue(
                r.console()
                        .contains("Session leak (CSCvt73723): leaked 60 sessions (web bridges 80 on 2, CMA 20 on 1)"),
                r.console());
        assertTrue(r.console().contains("1 malformed statistics lines left out"), r.console());
        assertTrue(r.console().contains("0 of 1 host restarted, 1 not needed"), r.console());
        String json = JsonReportWriter.render(r.report());
        assertTrue(
                json.contains("\"leaked\": 60")
                        && json.contains("\"headroom\": 99")
                        && json.contains("\"activeCalls\": null"),
                json);
        assertTrue(RestartLogWriter.render(r.report()).contains("Session leak check: leaked 60 sessions"));
        RestartReportAction action = new RestartReportAction(r.report(), "log.txt", "report.json");
        assertEquals(
                r.report().sessionDecision(),
                action.getSessionLines().get(action.getSessionLines().size() - 1));
        assertTrue(action.getCallLines().isEmpty());
        assertTrue(action.isAllOk());
    }

    @Test
    void eitherThresholdReachedRestartsTheWholeList() throws Exception {
        mmps.start(Fault.NONE);
        mmps.start(Fault.NONE);
        writeLogs();
        Ran byLeak = run(nodeRun(leak(60, null), null));
        assertEquals(2, byLeak.report().count(Outcome.RESTARTED), byLeak.console());
        assertEquals("restart needed: 60 leaked >= 60", byLeak.report().sessionDecision());
        Ran byActive = run(nodeRun(leak(1000, 50), null));
        assertEquals(2, byActive.report().count(Outcome.RESTARTED));
        assertEquals(
                "restart needed: 60 leaked < 1000, busiest web bridge 50 >= 50",
                byActive.report().sessionDecision());
    }

    @Test
    void withoutCallBridgeLinesTheLeakIsUnknownAndOnlyMinActiveCounts() throws Exception {
        Files.createDirectories(workspace.resolve("cms-logs"));
        Files.writeString(
                workspace.resolve("cms-logs/syslog"),
                "2026-01-10T10:00:00Z fe1 \"webbridge\": INFO : [DEBUGGING] Stats 90, c:1, d:0\n");
        SessionLeakSettings.Decision onlyLeak = new SessionLeakSettings(
                        workspace.toString(), "cms-logs/**/syslog*", 10, null)
                .evaluate(java.time.Clock.systemUTC());
        assertFalse(onlyLeak.restart(), "90 web bridge sessions without any CMA figure are not 90 leaked sessions");
        assertEquals("restart not needed: leak unknown (no call bridge STATS line with CMA)", onlyLeak.reason());
        SessionLeakSettings.Decision withActive = new SessionLeakSettings(
                        workspace.toString(), "cms-logs/**/syslog*", 10, 80)
                .evaluate(java.time.Clock.systemUTC());
        assertTrue(withActive.restart());
        assertEquals(
                "restart needed: leak unknown (no call bridge STATS line with CMA), busiest web bridge 90 >= 80",
                withActive.reason());
    }

    @Test
    void missingLogsOrLogsWithoutWebBridgeLinesStopTheRunNamingTheField() throws Exception {
        mmps.start(Fault.NONE);
        NodeRun.SetupException none =
                assertThrows(NodeRun.SetupException.class, () -> run(nodeRun(leak(1, null), null)));
        assertEquals(NodeRun.SetupException.Source.SESSION_LEAK, none.getSource());
        assertEquals("no file in the workspace matches 'cms-logs/**/syslog*'", none.getMessage());
        assertEquals("sessionLeak.logs", RestartRun.setupField(none.getSource()), "the glue names the field");
        Files.createDirectories(workspace.resolve("cms-logs"));
        Files.writeString(
                workspace.resolve("cms-logs/syslog"), "Jun  8 10:00:00 user.info cb1 host:server: INFO : hello\n");
        NodeRun.SetupException empty =
                assertThrows(NodeRun.SetupException.class, () -> run(nodeRun(leak(1, null), null)));
        assertTrue(empty.getMessage().startsWith("no web bridge '[DEBUGGING] Stats' line"), empty.getMessage());
        assertEquals(0, mmps.get(0).connectionsAccepted());
    }

    @Test
    void idleCallBridgesLetTheRestartGoAhead() throws Exception {
        mmps.start(Fault.NONE);
        try (FakeCallBridge cb = new FakeCallBridge(certs.serverStore, 0)) {
            Ran r = run(nodeRun(null, calls(cb, "SKIP")));
            assertEquals(Outcome.RESTARTED, r.report().hosts().get(0).outcome(), r.console());
            assertEquals(ActiveCallsReport.Decision.CLEAR, r.report().calls().decision());
            assertTrue(
                    r.console().contains("Active calls: CLEAR: 0 call legs active (threshold 0), restart allowed"),
                    r.console());
            assertFalse(r.console().contains(FakeCallBridge.PASSWORD));
            assertTrue(JsonReportWriter.render(r.report()).contains("\"decision\": \"CLEAR\""));
        }
    }

    @Test
    void busyCallBridgesPostponeOrFailTheRestart() throws Exception {
        mmps.start(Fault.NONE);
        try (FakeCallBridge cb = new FakeCallBridge(certs.serverStore, 4)) {
            Ran skipped = run(nodeRun(null, calls(cb, "SKIP")));
            assertEquals(Outcome.POSTPONED, skipped.report().hosts().get(0).outcome());
            assertEquals(BuildResult.SUCCESS, BuildResult.of(skipped.report(), ResultOnFailure.FAILURE));
            Ran failed = run(nodeRun(null, calls(cb, "FAIL")));
            assertEquals(Outcome.NOT_RUN, failed.report().hosts().get(0).outcome());
            assertEquals(BuildResult.UNSTABLE, BuildResult.of(failed.report(), ResultOnFailure.UNSTABLE));
            assertTrue(failed.report().hosts().get(0).reason().contains("4 call legs active (threshold 0)"));
            assertTrue(
                    RestartLogWriter.render(failed.report()).contains("Active call check: FAILED: 4 call legs active"));
        }
        assertEquals(List.of(), mmps.get(0).commands(), "never restarted during calls");
    }

    @Test
    void theLeakIsCheckedFirstAndTheCallBridgesOnlyWhenARestartIsNeeded() throws Exception {
        mmps.start(Fault.NONE);
        writeLogs();
        try (FakeCallBridge cb = new FakeCallBridge(certs.serverStore, 0)) {
            Ran r = run(nodeRun(leak(500, null), calls(cb, "FAIL")));
            assertEquals(Outcome.NOT_NEEDED, r.report().hosts().get(0).outcome());
            assertEquals(0, cb.requests.get());
            assertNull(r.report().calls());
        }
    }

    @Test
    void aJobWithBothConditionsTravelsToTheNodeAndReturnsItsFigures() throws Exception {
        mmps.start(Fault.NONE);
        writeLogs();
        try (FakeCallBridge cb = new FakeCallBridge(certs.serverStore, 0)) {
            NodeRun sent = nodeRun(leak(10, null), calls(cb, "FAIL"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(sent);
            }
            NodeRun received;
            try (java.io.ObjectInputStream in =
                    new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                received = (NodeRun) in.readObject();
            }
            Ran r = run(received);
            assertEquals(Outcome.RESTARTED, r.report().hosts().get(0).outcome(), r.console());
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(back)) {
                out.writeObject(r.report());
            }
            assertTrue(back.size() > 0, "the report with both conditions' figures goes back to the controller");
            assertEquals(60, r.report().sessions().leaked());
            assertEquals(ActiveCallsReport.Decision.CLEAR, r.report().calls().decision());
        }
    }

    @Test
    void conditionProblemsNameTheirFieldsBeforeAnyConnection() {
        SessionLeakCondition leak = new SessionLeakCondition("../elsewhere/*");
        leak.setMinActive(200);
        RestartCmsWebBridgesBuilder config = new RestartCmsWebBridgesBuilder("mmp1", "id");
        config.setSessionLeak(leak);
        assertEquals(
                List.of(
                        "sessionLeak.logs: '../elsewhere/*' leaves the workspace with '..'",
                        "sessionLeak.minActive: must be between 1 and 149, or empty not to use it; was 200"),
                problems(config, workspace.toString()));
        config.setSessionLeak(new SessionLeakCondition("x"));
        assertEquals(
                List.of("sessionLeak: set minLeaked, minActive or both; without a threshold every run would restart"),
                problems(config, workspace.toString()));
        ActiveCallsCondition calls = new ActiveCallsCondition("http://cms1", "");
        calls.setWhenBusy("LATER");
        calls.setWaitMinutes(5000);
        calls.setCustomCa("nonsense");
        config.setSessionLeak(new SessionLeakCondition("logs/*"));
        config.setActiveCalls(calls);
        List<String> problems = problems(config, null);
        String all = String.join("\n", problems);
        assertTrue(all.contains("activeCalls.apis: line 1: 'http://cms1' must use https"), all);
        assertTrue(all.contains("activeCalls.credentialsId: required"), all);
        assertTrue(all.contains("activeCalls.waitMinutes: must be between 0 and 1440"), all);
        assertTrue(all.contains("activeCalls.whenBusy: 'LATER' is not a choice"), all);
        assertTrue(all.contains("activeCalls.customCa: no -----BEGIN CERTIFICATE-----"), all);
        assertTrue(
                problems.contains(
                        "sessionLeak: needs a workspace to read the logs from; call the step inside node { ... }"),
                all);
    }

    private static List<String> problems(RestartStepConfig config, String workspace) {
        return RestartResolver.resolve(config, UnaryOperator.identity(), workspace).problems().stream()
                .map(RestartResolver.Problem::toString)
                .toList();
    }

    @Test
    void theReportStepValueHoldsTheFiguresAsPlainValues() throws Exception {
        writeLogs();
        Map<String, Object> value = io.jenkins.plugins.cmswebbridge.engine.report.ReportModel.sessionLeak(
                SessionLeakSettings.scan(workspace, "cms-logs/*", java.time.Clock.systemUTC()));
        assertEquals(60L, value.get("leaked"));
        assertEquals(50, value.get("maxWebBridgeActive"));
        assertEquals("fe2", value.get("busiestWebBridge"));
        assertEquals(99, value.get("headroom"));
        assertEquals(1L, value.get("malformedLines"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> servers = (List<Map<String, Object>>) value.get("servers");
        assertEquals(
                List.of("cb1", "fe1", "fe2"),
                servers.stream().map(s -> s.get("host")).toList());
        assertEquals(20, servers.get(0).get("cmaActive"));
        assertNull(servers.get(0).get("webBridgeActive"));
        assertNull(servers.get(0).get("forecast"), "a call bridge has no forecast");
        @SuppressWarnings("unchecked")
        Map<String, Object> forecast = (Map<String, Object>) servers.get(2).get("forecast");
        assertEquals("UNKNOWN", forecast.get("kind"), "one reading is too little: " + forecast);
        assertEquals("fewer than 3 days of readings since the last restart", forecast.get("reason"));
        assertEquals(0, forecast.get("dailyFloors"));
        for (Object v : forecast.values()) {
            assertTrue(v == null || v instanceof String || v instanceof Number, "plain values for CPS: " + v);
        }
    }
}
