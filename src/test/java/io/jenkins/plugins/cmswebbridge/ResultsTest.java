package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.fleet.FleetRunner;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.report.ReportModel;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.restart.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.ResultOnFailure;
import io.jenkins.plugins.cmswebbridge.history.HostRow;
import io.jenkins.plugins.cmswebbridge.run.BuildResult;
import io.jenkins.plugins.cmswebbridge.run.RestartArtifacts;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run turns into: the build result, the pipeline step's value, the build page rows and the
 * archived files, from a real run against simulated MMPs (one fine, one answering FAILURE, one refusing
 * the password).
 */
class ResultsTest {

    private static final String PASSWORD = "Results-Pa55word-never-shown";
    private static final List<MmpSimulator> SIMULATORS = new ArrayList<>();
    private static RunReport mixed;
    private static RunReport allOk;

    @BeforeAll
    static void run() {
        for (Fault f : List.of(Fault.NONE, Fault.FAILURE_OUTPUT, Fault.AUTH_FAILURE)) {
            SIMULATORS.add(MmpSimulator.builder()
                    .username("admin")
                    .password(PASSWORD)
                    .fault(f)
                    .start());
        }
        mixed = runOn(SIMULATORS);
        allOk = runOn(SIMULATORS.subList(0, 1));
    }

    private static RunReport runOn(List<MmpSimulator> sims) {
        StringBuilder kh = new StringBuilder();
        sims.forEach(s -> kh.append(s.knownHostsLine()).append('\n'));
        RestartSettings settings = RestartSettings.builder()
                .service(WebBridgeService.WEBBRIDGE)
                .connectTimeout(Duration.ofSeconds(5))
                .retries(0)
                .build();
        return new FleetRunner(
                        settings,
                        SshCredentials.password("admin", PASSWORD.toCharArray()),
                        new KnownHostsVerifier(kh.toString(), "test"),
                        null)
                .run(sims.stream().map(s -> new HostAddress(s.host(), s.port())).toList());
    }

    @AfterAll
    static void stop() {
        SIMULATORS.forEach(MmpSimulator::close);
    }

    @Test
    void buildResultFollowsTheConfiguredChoice() {
        assertEquals(BuildResult.SUCCESS, BuildResult.of(allOk, ResultOnFailure.FAILURE));
        assertEquals(BuildResult.SUCCESS, BuildResult.of(allOk, ResultOnFailure.UNSTABLE));
        assertEquals(BuildResult.FAILURE, BuildResult.of(mixed, ResultOnFailure.FAILURE));
        assertEquals(BuildResult.UNSTABLE, BuildResult.of(mixed, ResultOnFailure.UNSTABLE));
        RunReport aborted = new RunReport(
                WebBridgeService.WEBBRIDGE,
                false,
                true,
                "test",
                allOk.hosts(),
                List.of(),
                Instant.now(),
                Instant.now(),
                RunReport.Conditions.NONE);
        assertEquals(BuildResult.ABORTED, BuildResult.of(aborted, ResultOnFailure.UNSTABLE));
        assertEquals(ResultOnFailure.FAILURE, Fields.resultOnFailure(null).value());
        assertEquals(
                ResultOnFailure.UNSTABLE, Fields.resultOnFailure(" unstable ").value());
        assertEquals(
                "'SUCCESS' is not a choice; use FAILURE, UNSTABLE",
                Fields.resultOnFailure("SUCCESS").problem());
    }

    @Test
    void stepValueHasOneMapPerHostInListOrder() {
        List<Map<String, Object>> maps = ReportModel.hosts(mixed, ReportModel.Detail.SUMMARY);
        assertEquals(3, maps.size());
        for (int i = 0; i < 3; i++) {
            Map<String, Object> m = maps.get(i);
            assertEquals(
                    List.of("host", "port", "address", "ok", "outcome", "reason", "attempts", "durationMillis"),
                    List.copyOf(m.keySet()),
                    "the keys, in the model's order");
            assertEquals(SIMULATORS.get(i).host(), m.get("host"));
            assertEquals(SIMULATORS.get(i).port(), m.get("port"));
        }
        assertEquals(true, maps.get(0).get("ok"));
        assertEquals("RESTARTED", maps.get(0).get("outcome"));
        assertEquals(false, maps.get(1).get("ok"));
        assertEquals("FAILED", maps.get(1).get("outcome"));
        assertTrue(
                ((String) maps.get(1).get("reason")).contains("FAILURE"),
                maps.get(1).toString());
        assertTrue(
                ((String) maps.get(2).get("reason")).toLowerCase().contains("auth"),
                maps.get(2).toString());
        assertEquals(1, maps.get(2).get("attempts"), "an authentication failure is never retried");
        assertTrue(maps.get(0).get("durationMillis") instanceof Long);
        assertThrows(UnsupportedOperationException.class, () -> maps.get(0).put("ok", false));
        assertFalse(maps.toString().contains(PASSWORD));
    }

    @Test
    void theBuildPageRowsSayWhatTheStepReturns() {
        List<Map<String, Object>> maps = ReportModel.hosts(mixed, ReportModel.Detail.SUMMARY);
        List<HostRow> rows = mixed.hosts().stream().map(HostRow::of).toList();
        for (int i = 0; i < rows.size(); i++) {
            HostRow row = rows.get(i);
            Map<String, Object> m = maps.get(i);
            assertEquals(m.get(ReportModel.ADDRESS), row.getHost());
            assertEquals(m.get(ReportModel.OUTCOME), row.getOutcome());
            assertEquals(m.get(ReportModel.OK), row.isOk());
            assertEquals(m.get(ReportModel.ATTEMPTS), row.getAttempts());
            assertEquals(m.get(ReportModel.DURATION_MILLIS), row.getDurationMillis());
            assertEquals(m.get(ReportModel.REASON), row.getReason());
        }
    }

    @Test
    void buildPageRowsCarryOutcomeDurationAndReason() {
        List<HostRow> rows = mixed.hosts().stream().map(HostRow::of).toList();
        assertEquals(
                SIMULATORS.get(0).host() + ":" + SIMULATORS.get(0).port(),
                rows.get(0).getHost());
        assertTrue(rows.get(0).isOk());
        assertTrue(rows.get(0).getDuration().endsWith(" s"), rows.get(0).getDuration());
        assertEquals("FAILED", rows.get(1).getOutcome());
        assertTrue(rows.get(1).getReason().contains("FAILURE"), rows.get(1).getReason());
        HostRow notTried = new HostRow("mmp9", "NOT_RUN", false, 0, 0, null);
        assertEquals("", notTried.getDuration());
        assertEquals("", notTried.getReason());
    }

    @Test
    void artifactsAreTheRestartLogAndTheJsonReport(@TempDir Path dir) throws Exception {
        Map<String, String> artifacts =
                RestartArtifacts.write(mixed, dir, "webbridge_restart_logs.txt", "webbridge_restart_report.json");
        assertEquals(
                Map.of(
                        "webbridge_restart_logs.txt",
                        "webbridge_restart_logs.txt",
                        "webbridge_restart_report.json",
                        "webbridge_restart_report.json"),
                artifacts);
        String log = Files.readString(dir.resolve("webbridge_restart_logs.txt"), StandardCharsets.UTF_8);
        String json = Files.readString(dir.resolve("webbridge_restart_report.json"), StandardCharsets.UTF_8);
        MmpSimulator first = SIMULATORS.get(0);
        assertTrue(
                log.contains("Webbridge on server: " + first.host() + ":" + first.port() + " restarted successfully"),
                log);
        assertTrue(log.contains("Failed to restart webbridge on server"), log);
        assertTrue(json.contains("\"outcome\""), json);
        assertFalse(log.contains(PASSWORD) || json.contains(PASSWORD), "no secret in the artifacts");
    }
}
