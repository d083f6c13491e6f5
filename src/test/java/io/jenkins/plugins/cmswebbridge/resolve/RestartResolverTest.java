package io.jenkins.plugins.cmswebbridge.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.RestartCmsWebBridgesBuilder;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.restart.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.fields.ArtifactNames;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.fields.ResultOnFailure;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Problem;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Resolution;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Resolved;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The resolve step: one pass from what was configured to a plan, or to every problem with its field. */
class RestartResolverTest {

    private static RestartCmsWebBridgesBuilder valid() {
        return new RestartCmsWebBridgesBuilder("mmp1.example.com\nmmp2.example.com:2222", "cms-mmp-admin");
    }

    private static Resolution resolve(RestartStepConfig config) {
        return RestartResolver.resolve(config, UnaryOperator.identity(), "/workspace");
    }

    private static Resolved resolved(RestartStepConfig config) {
        return Resolutions.resolved(resolve(config));
    }

    private static String problems(RestartStepConfig config) {
        return Resolutions.problems(resolve(config)).stream()
                .map(Problem::toString)
                .collect(Collectors.joining("\n"));
    }

    /** The engine settings that the form's fields decide, compared at once so that a failure shows them all. */
    private record FormSettings(
            WebBridgeService service,
            Duration connectTimeout,
            Duration commandTimeout,
            int retries,
            int parallelism,
            boolean verifyAfterRestart,
            boolean dryRun,
            boolean stopOnFirstFailure) {

        static FormSettings of(RestartSettings s) {
            return new FormSettings(
                    s.getService(),
                    s.getConnectTimeout(),
                    s.getCommandTimeout(),
                    s.getRetries(),
                    s.getParallelism(),
                    s.isVerifyAfterRestart(),
                    s.isDryRun(),
                    s.isStopOnFirstFailure());
        }

        /** The timeouts in whole seconds, as the form takes them. */
        static FormSettings expect(
                WebBridgeService service,
                int connectSeconds,
                int commandSeconds,
                int retries,
                int parallelism,
                boolean verifyAfterRestart,
                boolean dryRun,
                boolean stopOnFirstFailure) {
            return new FormSettings(
                    service,
                    Duration.ofSeconds(connectSeconds),
                    Duration.ofSeconds(commandSeconds),
                    retries,
                    parallelism,
                    verifyAfterRestart,
                    dryRun,
                    stopOnFirstFailure);
        }
    }

    /** Each expected part appears in the problems; on failure, all the problems are shown. */
    private static void assertMentions(String problems, String... parts) {
        for (String part : parts) {
            assertTrue(problems.contains(part), problems);
        }
    }

    @Test
    void defaultsMatchTheEngineAndTheDocumentedValues() {
        Resolved r = resolved(valid());
        assertEquals(
                FormSettings.expect(WebBridgeService.WEBBRIDGE, 10, 120, 1, 1, true, false, false),
                FormSettings.of(r.plan().settings()));
        assertEquals(ResultOnFailure.FAILURE, r.resultOnFailure());
        assertEquals(new ArtifactNames("webbridge_restart_logs.txt", "webbridge_restart_report.json"), r.artifacts());
        assertEquals(
                List.of(22, 2222),
                r.plan().hosts().stream().map(HostAddress::getPort).toList());
        assertEquals("cms-mmp-admin", r.credentialsId());
        assertNull(r.apiCredentialsId());
        assertNull(r.plan().sessionLeak());
        assertNull(r.plan().activeCalls());
        assertTrue(
                RestartSettings.builder().build().isVerifyAfterRestart(),
                "the engine's default is the form's and the step's");
    }

    @Test
    void zeroRetriesMeansNoRetryAndEmptyMeansTheDefault() {
        RestartCmsWebBridgesBuilder b = valid();
        b.setRetries(0);
        assertEquals(0, resolved(b).plan().settings().getRetries());
        b.setRetries(null);
        assertEquals(1, resolved(b).plan().settings().getRetries());
        b.setRetries(-1);
        assertTrue(
                problems(b).contains("retries: a whole number from 0 (no retry) to 10; empty for the default, 1"),
                problems(b));
        assertNull(Fields.retries(0).problem(), "the form accepts 0: no retry");
        assertNull(Fields.number(" ").problem());
        assertNull(Fields.number(" ").value());
        assertEquals(
                "a whole number from 0 (no retry) to 10; empty for the default, 1",
                Fields.retries(11).problem());
        assertEquals("'one' is not a whole number", Fields.number("one").problem());
    }

    @Test
    void zeroAndEmptyNumbersMeanTheDefaultNeverNoTimeout() {
        RestartCmsWebBridgesBuilder b = valid();
        b.setConnectTimeout(0);
        b.setCommandTimeout(0);
        b.setParallelism(0);
        b.setDefaultPort(0);
        RestartSettings s = resolved(b).plan().settings();
        assertEquals(Duration.ofSeconds(10), s.getConnectTimeout());
        assertEquals(Duration.ofSeconds(120), s.getCommandTimeout());
        assertEquals(1, s.getRetries(), "retries not set: the default");
        assertEquals(1, s.getParallelism());
        assertEquals(22, resolved(b).plan().hosts().get(0).getPort());

        b.setService("  ");
        b.setLogFileName("");
        b.setResultOnFailure(null);
        assertEquals("", b.getService(), "unset: the deployment's, or else webbridge");
        assertEquals("webbridge_restart_logs.txt", b.getLogFileName());
        assertEquals("FAILURE", b.getResultOnFailure());
        assertEquals(WebBridgeService.WEBBRIDGE, resolved(b).plan().settings().getService());
    }

    @Test
    void configuredValuesReachThePlan() {
        RestartCmsWebBridgesBuilder b = valid();
        b.setService("webbridge3");
        b.setConnectTimeout(3);
        b.setCommandTimeout(30);
        b.setRetries(4);
        b.setParallelism(8);
        b.setStopOnFirstFailure(true);
        b.setVerifyAfterRestart(false);
        b.setDryRun(true);
        b.setDefaultPort(2022);
        b.setResultOnFailure("unstable");
        Resolved r = resolved(b);
        assertEquals(
                FormSettings.expect(WebBridgeService.WEBBRIDGE3, 3, 30, 4, 8, false, true, true),
                FormSettings.of(r.plan().settings()));
        assertEquals(2022, r.plan().hosts().get(0).getPort());
        assertEquals(2222, r.plan().hosts().get(1).getPort(), "an explicit port wins over the default");
        assertEquals(ResultOnFailure.UNSTABLE, r.resultOnFailure());
    }

    @Test
    void everyBadValueIsReportedWithItsFieldBeforeAnyConnection() {
        RestartCmsWebBridgesBuilder b = new RestartCmsWebBridgesBuilder("mmp1\nbad host:99999\n\nmmp3:abc", " ");
        b.setConnectTimeout(7200);
        b.setCommandTimeout(-5);
        b.setRetries(11);
        b.setParallelism(65);
        b.setService("webbridge4");
        b.setResultOnFailure("ABORTED");
        b.setLogFileName("../etc/passwd");
        b.setHostKeyVerification(new KnownHostsStrategy("not a known hosts line"));
        assertMentions(
                problems(b),
                "credentialsId: required",
                "hosts: ",
                "line 2",
                "line 4",
                "connectTimeout: must be between 1 and 3600 (0 or empty for the default), was 7200",
                "commandTimeout: must be between 1 and 3600",
                "retries: a whole number from 0 (no retry) to 10",
                "parallelism: must be between 1 and 64",
                "service: 'webbridge4'",
                "resultOnFailure: 'ABORTED' is not a choice; use FAILURE, UNSTABLE",
                "logFileName: '../etc/passwd' is not a plain file name",
                "hostKeyVerification: knownHosts: ");

        RestartCmsWebBridgesBuilder v = valid();
        v.setDefaultPort(70000);
        assertTrue(problems(v).startsWith("defaultPort: must be between 1 and 65535"), problems(v));
    }

    @Test
    void emptyHostListIsAnError() {
        String all = problems(new RestartCmsWebBridgesBuilder("  # only a comment\n", "id"));
        assertTrue(all.startsWith("hosts: "), all);
        assertTrue(problems(new RestartCmsWebBridgesBuilder(" ", "id")).startsWith("hosts: required"));
    }

    @Test
    void theHostListIsExpandedBeforeItIsParsed() {
        RestartCmsWebBridgesBuilder b = new RestartCmsWebBridgesBuilder("${SITE}-mmp1.example.com", "id");
        Resolution r = RestartResolver.resolve(b, text -> text.replace("${SITE}", "paris"), null);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(
                "paris-mmp1.example.com", r.resolved().plan().hosts().get(0).getHost());
    }

    @Test
    void jsonReportNameFollowsACustomLogName() {
        assertEquals(new ArtifactNames("site-a_restart.txt", "site-a_restart.json"), names("site-a_restart.txt"));
        assertEquals("restart-report.json", names("restart.json").json());
        assertEquals("restartlog.json", names("restartlog").json());
        for (String bad : List.of(".hidden", "a/b.txt", "a\\b.txt", "x".repeat(129), "name with space")) {
            assertNotNull(Fields.logFileName(bad).problem(), bad);
        }
    }

    private static ArtifactNames names(String log) {
        return Fields.logFileName(log).value();
    }

    @Test
    void theConditionsAreResolvedWithTheirOwnFieldsAndTypedSettings() {
        RestartCmsWebBridgesBuilder b = valid();
        SessionLeakCondition leak = new SessionLeakCondition("logs/**/syslog*");
        leak.setMinLeaked(20);
        b.setSessionLeak(leak);
        ActiveCallsCondition calls = new ActiveCallsCondition("https://cms1.example.com:445", "cms-api");
        calls.setMaxCallLegs(3);
        calls.setWaitMinutes(15);
        calls.setWhenBusy("FAIL");
        calls.setRequestTimeout(45);
        b.setActiveCalls(calls);
        Resolved r = resolved(b);
        assertNotNull(r.plan().sessionLeak());
        assertEquals(3, r.plan().activeCalls().getMaxCallLegs());
        assertEquals(Duration.ofMinutes(15), r.plan().activeCalls().getWait());
        assertTrue(r.plan().activeCalls().isFailWhenBusy());
        assertEquals(Duration.ofSeconds(45), r.plan().activeCalls().getRequestTimeout());
        assertEquals("cms-api", r.apiCredentialsId());

        calls.setRequestTimeout(null);
        assertEquals(
                Duration.ofSeconds(30),
                resolved(b).plan().activeCalls().getRequestTimeout(),
                "the API request timeout has its own default, not the SSH command timeout");
    }

    @Test
    void badConditionFieldsAreNamedWithTheirPrefix() {
        RestartCmsWebBridgesBuilder b = valid();
        SessionLeakCondition leak = new SessionLeakCondition("/etc/passwd");
        b.setSessionLeak(leak);
        ActiveCallsCondition calls = new ActiveCallsCondition("http://cms1.example.com", " ");
        calls.setMaxCallLegs(100_001);
        calls.setWaitMinutes(1441);
        calls.setWhenBusy("WAIT");
        calls.setRequestTimeout(601);
        calls.setCustomCa("-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----");
        b.setActiveCalls(calls);
        assertMentions(
                problems(b),
                "sessionLeak.logs: ",
                "sessionLeak: set minLeaked, minActive or both",
                "activeCalls.apis: line 1: 'http://cms1.example.com' must use https",
                "activeCalls.credentialsId: required",
                "activeCalls.maxCallLegs: must be between 0 and 100000",
                "activeCalls.waitMinutes: must be between 0 and 1440",
                "activeCalls.whenBusy: 'WAIT' is not a choice; use SKIP, FAIL",
                "activeCalls.requestTimeout: must be between 1 and 600",
                "activeCalls.customCa: contains a private key");

        leak = new SessionLeakCondition("syslog");
        leak.setMinActive(150);
        b.setSessionLeak(leak);
        b.setActiveCalls(null);
        assertTrue(problems(b).contains("sessionLeak.minActive: must be between 1 and 149"), problems(b));
        leak.setMinActive(140);
        assertTrue(
                RestartResolver.resolve(b, UnaryOperator.identity(), null)
                        .problems()
                        .contains(new Problem("sessionLeak", Messages.Problem_NeedsWorkspace())),
                "the session-leak condition needs a workspace");
    }
}
