package io.jenkins.plugins.cmswebbridge.engine.report;

import static io.jenkins.plugins.cmswebbridge.engine.report.TestHostReports.hostReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.cmswebbridge.engine.restart.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.ForecastRule;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Outlook;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

    private static final Instant T0 = TestReports.SAMPLE_START;
    private static final Instant T1 = TestReports.SAMPLE_END;

    @Test
    void anUnconfirmedRestartIsAFailureInTheLogUnlessItWasAccepted() {
        for (boolean accepted : new boolean[] {false, true}) {
            HostReport unconfirmed = hostReport(
                            "mmp1.example.com",
                            22,
                            Outcome.UNCONFIRMED,
                            "the MMP said 'webbridge: ERROR could not start' and no SUCCESS:")
                    .failureKind(FailureKind.NOT_CONFIRMED)
                    .ok(accepted)
                    .attempts(1, 100)
                    .restartSent()
                    .between(T0, T1);
            String log = RestartLogWriter.render(new RunReport(
                    WebBridgeService.WEBBRIDGE,
                    false,
                    false,
                    "k",
                    List.of(unconfirmed),
                    List.of(),
                    T0,
                    T1,
                    RunReport.Conditions.NONE));
            assertEquals(
                    accepted
                            ? "2020-06-08 14:53:19.165543+00:00 Webbridge on server: mmp1.example.com restart sent,"
                                    + " not confirmed (accepted): the MMP said 'webbridge: ERROR could not start' and"
                                    + " no SUCCESS:\n"
                            : "2020-06-08 14:53:19.165543+00:00 Failed to restart webbridge on server mmp1.example.com."
                                    + " Error:\n2020-06-08 14:53:19.165543+00:00 [NOT_CONFIRMED] the MMP said"
                                    + " 'webbridge: ERROR could not start' and no SUCCESS:\n",
                    log);
        }
    }

    @Test
    void restartLogKeepsTheFormatOperatorsGrep() {
        String[] lines = RestartLogWriter.render(TestReports.sample()).split("\n");
        assertEquals(
                "2020-06-08 14:53:18.149915+00:00 Webbridge on server: 10.48.79.194 restarted successfully", lines[0]);
        assertEquals(
                "2020-06-08 14:53:19.165543+00:00 Failed to restart webbridge on server 127.0.0.1. Error:", lines[1]);
        assertEquals(
                "2020-06-08 14:53:19.165543+00:00 [CONNECTION_REFUSED] Connection refused by 127.0.0.1:22", lines[2]);
        assertEquals(
                "2020-06-08 14:53:19.165543+00:00 Failed to restart webbridge on server [2001:db8::1]:2222. Error:",
                lines[3]);
        assertEquals(
                "2020-06-08 14:53:19.165543+00:00 [COMMAND_FAILED] MMP answered FAILURE: \"quoted\" | second line tab",
                lines[4]);
        assertTrue(
                lines[5].endsWith("Webbridge on server: mmp4.example.com not restarted: skipped: an earlier host failed"
                        + " and 'stop on first failure' is set"),
                lines[5]);
        assertEquals(6, lines.length);
    }

    @Test
    void webBridgeThreeAndDryRunAreNamed() {
        HostReport checked = hostReport(
                        "mmp1", 22, Outcome.CHECKED, "dry run: connected and authenticated; status: Enabled : true")
                .attempts(1, 10)
                .between(T0, T0);
        RunReport report = new RunReport(
                WebBridgeService.WEBBRIDGE3,
                true,
                false,
                "x",
                List.of(checked),
                List.of("Host key verification is switched off"),
                T0,
                T0,
                RunReport.Conditions.NONE);
        String log = RestartLogWriter.render(report);
        assertTrue(
                log.startsWith("2020-06-08 14:53:18.149915+00:00 WARNING: Host key verification is switched off\n"),
                log);
        assertTrue(log.contains("Webbridge3 on server: mmp1 checked (dry run, not restarted)"), log);
    }

    @Test
    void jsonReportParsesAndCarriesEveryField() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonReportWriter.render(TestReports.sample()));
        assertEquals(2, root.get("formatVersion").asInt());
        assertEquals("webbridge", root.get("service").asText());
        assertFalse(root.get("allOk").asBoolean());
        assertEquals(1, root.get("counts").get("restarted").asInt());
        assertEquals(2, root.get("counts").get("failed").asInt());
        assertEquals(1, root.get("counts").get("skipped").asInt());
        JsonNode hosts = root.get("hosts");
        assertEquals(4, hosts.size());
        JsonNode v6 = hosts.get(2);
        assertEquals("2001:db8::1", v6.get("host").asText());
        assertEquals(2222, v6.get("port").asInt());
        assertEquals("COMMAND_FAILED", v6.get("failureKind").asText());
        assertEquals(
                "MMP answered FAILURE: \"quoted\"\nsecond line\ttab",
                v6.get("reason").asText());
        assertEquals("FAILURE: x\u0001", v6.get("output").asText());
        assertEquals(1234, v6.get("outputDroppedBytes").asLong());
        assertTrue(hosts.get(1).get("hostKeyFingerprint").isNull());
        assertTrue(hosts.get(0).get("ok").asBoolean());
        assertEquals(2, hosts.get(1).get("attempts").asInt());
        assertEquals(5012, hosts.get(1).get("durationMillis").asLong());
        assertEquals(
                "2020-06-08T14:53:19.165543Z", hosts.get(1).get("finishedAt").asText(), "ISO-8601, UTC");
        assertEquals(
                java.time.Instant.parse(hosts.get(1).get("finishedAt").asText()),
                java.time.Instant.parse(root.get("finishedAt").asText()));
        assertEquals("[2001:db8::1]:2222", hosts.get(2).get("address").asText());
    }

    @Test
    void jsonReportGivesEachWebBridgeItsForecastAndWhatItCalledFor() throws Exception {
        SessionLeakReport sessions = TestReports.leaking(9, 30, 12, 2);
        sessions = new SessionLeakReport(
                sessions.files(),
                java.util.stream.Stream.concat(
                                sessions.bridges().stream(),
                                TestReports.sessions(TestReports.callBridge("cmscb1", 5)).bridges().stream())
                        .toList(),
                sessions.linesRead(),
                0,
                List.of(),
                List.of(),
                0);
        ForecastRule rule = new ForecastRule(java.time.Duration.ofDays(7), 10, false);
        List<Outlook> outlooks = new java.util.ArrayList<>();
        for (var b : sessions.bridges()) {
            if (b.getForecast() != null) {
                outlooks.add(rule.outlook(b.getHost(), b.getForecast(), 149, TestReports.now()));
            }
        }
        String decision = "restart needed: forecast: cmsfe1 reaches 139 within 7.0 d";
        RunReport report = TestReports.ran(
                TestReports.hosts("", Outcome.RESTARTED), new RunReport.Conditions(sessions, decision, null, outlooks));
        JsonNode leak =
                new ObjectMapper().readTree(JsonReportWriter.render(report)).get("sessionLeak");
        assertEquals(
                2,
                new ObjectMapper()
                        .readTree(JsonReportWriter.render(report))
                        .get("formatVersion")
                        .asInt());
        assertEquals(decision, leak.get("decision").asText());
        JsonNode servers = leak.get("servers");
        assertEquals("cmscb1", servers.get(2).get("host").asText());
        assertTrue(servers.get(2).get("forecast").isNull(), "a call bridge has no forecast");
        JsonNode fast = servers.get(0).get("forecast");
        assertEquals("cmsfe1", servers.get(0).get("host").asText());
        assertEquals("REACHES", fast.get("kind").asText());
        assertEquals(12.0, fast.get("growthPerDay").asDouble(), 0.5);
        assertEquals("RESTART", fast.get("call").asText());
        assertEquals(outlooks.get(0).note(), fast.get("note").asText());
        assertTrue(fast.get("reachesAt").asText().endsWith(":00:00Z"), fast.toString());
        assertEquals(9, fast.get("dailyFloors").asInt(), fast.toString());
        JsonNode slow = servers.get(1).get("forecast");
        assertEquals("NOT_YET", slow.get("call").asText(), slow.toString());
        assertTrue(slow.get("reason").isNull());
        String json = JsonReportWriter.render(report);
        assertTrue(json.contains("\"fit\": 1.0") || json.contains("\"fit\": 0.99"), json);
    }

    @Test
    void summaryAndConsoleLines() {
        RunReport report = TestReports.sample();
        assertEquals("1 of 4 hosts restarted, 2 failed, 1 skipped", report.summary());
        assertEquals(
                "[2/4] 127.0.0.1:22 FAILED in 5.0 s (2 attempts): Connection refused by 127.0.0.1:22",
                ConsoleFormatter.hostLine(report.hosts().get(1), 2, 4));
        assertEquals(
                "[4/4] mmp4.example.com:22 SKIPPED: skipped: an earlier host failed and 'stop on first failure' is set",
                ConsoleFormatter.hostLine(report.hosts().get(3), 4, 4));
        assertEquals("1 of 4 hosts restarted, 2 failed, 1 skipped in 1.0 s", ConsoleFormatter.summary(report));
    }
}
