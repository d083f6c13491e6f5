package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.RestartResolver.Problem;
import io.jenkins.plugins.cmswebbridge.RestartResolver.Resolution;
import io.jenkins.plugins.cmswebbridge.RestartResolver.Resolved;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.engine.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy;
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
        Resolution r = resolve(config);
        assertTrue(r.ok(), r.problems().toString());
        return r.resolved();
    }

    private static String problems(RestartStepConfig config) {
        Resolution r = resolve(config);
        assertNull(r.resolved(), "no plan when something is wrong");
        return r.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void defaultsMatchTheEngineAndTheDocumentedValues() {
        Resolved r = resolved(valid());
        RestartSettings s = r.plan().getSettings();
        assertEquals(WebBridgeService.WEBBRIDGE, s.getService());
        assertEquals(Duration.ofSeconds(10), s.getConnectTimeout());
        assertEquals(Duration.ofSeconds(120), s.getCommandTimeout());
        assertEquals(1, s.getRetries());
        assertEquals(1, s.getParallelism());
        assertTrue(s.isVerifyAfterRestart());
        assertFalse(s.isDryRun());
        assertFalse(s.isStopOnFirstFailure());
        assertEquals(ResultOnFailure.FAILURE, r.resultOnFailure());
        assertEquals(new ArtifactNames("webbridge_restart_logs.txt", "webbridge_restart_report.json"), r.artifacts());
        assertEquals(
                List.of(22, 2222),
                r.plan().getHosts().stream().map(HostAddress::getPort).toList());
        assertEquals("cms-mmp-admin", r.credentialsId());
        assertNull(r.apiCredentialsId());
        assertNull(r.plan().getSessionLeak());
        assertNull(r.plan().getActiveCalls());
        assertTrue(
                RestartSettings.builder().build().isVerifyAfterRestart(),
                "the engine's default is the form's and the step's");
    }

    @Test
    void zeroRetriesMeansNoRetryAndEmptyMeansTheDefault() {
        RestartCmsWebBridgesBuilder b = valid();
        b.setRetries(0);
        assertEquals(0, resolved(b).plan().getSettings().getRetries());
        b.setRetries(null);
        assertEquals(1, resolved(b).plan().getSettings().getRetries());
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
        RestartSettings s = resolved(b).plan().getSettings();
        assertEquals(Duration.ofSeconds(10), s.getConnectTimeout());
        assertEquals(Duration.ofSeconds(120), s.getCommandTimeout());
        assertEquals(1, s.getRetries(), "retries not set: the default");
        assertEquals(1, s.getParallelism());
        assertEquals(22, resolved(b).plan().getHosts().get(0).getPort());

        b.setService("  ");
        b.setLogFileName("");
        b.setResultOnFailure(null);
        assertEquals("", b.getService(), "unset: the deployment's, or else webbridge");
        assertEquals("webbridge_restart_logs.txt", b.getLogFileName());
        assertEquals("FAILURE", b.getResultOnFailure());
        assertEquals(
                WebBridgeService.WEBBRIDGE, resolved(b).plan().getSettings().getService());
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
        RestartSettings s = r.plan().getSettings();
        assertEquals(WebBridgeService.WEBBRIDGE3, s.getService());
        assertEquals(Duration.ofSeconds(3), s.getConnectTimeout());
        assertEquals(Duration.ofSeconds(30), s.getCommandTimeout());
        assertEquals(4, s.getRetries());
        assertEquals(8, s.getParallelism());
        assertTrue(s.isStopOnFirstFailure());
        assertFalse(s.isVerifyAfterRestart());
        assertTrue(s.isDryRun());
        assertEquals(2022, r.plan().getHosts().get(0).getPort());
        assertEquals(2222, r.plan().getHosts().get(1).getPort(), "an explicit port wins over the default");
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
        String all = problems(b);
        assertTrue(all.contains("credentialsId: required"), all);
        assertTrue(all.contains("hosts: ") && all.contains("line 2") && all.contains("line 4"), all);
        assertTrue(
                all.contains("connectTimeout: must be between 1 and 3600 (0 or empty for the default), was 7200"), all);
        assertTrue(all.contains("commandTimeout: must be between 1 and 3600"), all);
        assertTrue(all.contains("retries: a whole number from 0 (no retry) to 10"), all);
        assertTrue(all.contains("parallelism: must be between 1 and 64"), all);
        assertTrue(all.contains("service: 'webbridge4'"), all);
        assertTrue(all.contains("resultOnFailure: 'ABORTED' is not a choice; use FAILURE, UNSTABLE"), all);
        assertTrue(all.contains("logFileName: '../etc/passwd' is not a plain file name"), all);
        assertTrue(all.contains("hostKeyVerification: knownHosts: "), all);

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
                "paris-mmp1.example.com", r.resolved().plan().getHosts().get(0).getHost());
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
        assertNotNull(r.plan().getSessionLeak());
        assertEquals(3, r.plan().getActiveCalls().getMaxCallLegs());
        assertEquals(Duration.ofMinutes(15), r.plan().getActiveCalls().getWait());
        assertTrue(r.plan().getActiveCalls().isFailWhenBusy());
        assertEquals(Duration.ofSeconds(45), r.plan().getActiveCalls().getRequestTimeout());
        assertEquals("cms-api", r.apiCredentialsId());

        calls.setRequestTimeout(null);
        assertEquals(
                Duration.ofSeconds(30),
                resolved(b).plan().getActiveCalls().getRequestTimeout(),
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
        String all = problems(b);
        assertTrue(all.contains("sessionLeak.logs: "), all);
        assertTrue(all.contains("sessionLeak: set minLeaked, minActive or both"), all);
        assertTrue(all.contains("activeCalls.apis: line 1: 'http://cms1.example.com' must use https"), all);
        assertTrue(all.contains("activeCalls.credentialsId: required"), all);
        assertTrue(all.contains("activeCalls.maxCallLegs: must be between 0 and 100000"), all);
        assertTrue(all.contains("activeCalls.waitMinutes: must be between 0 and 1440"), all);
        assertTrue(all.contains("activeCalls.whenBusy: 'WAIT' is not a choice; use SKIP, FAIL"), all);
        assertTrue(all.contains("activeCalls.requestTimeout: must be between 1 and 600"), all);
        assertTrue(all.contains("activeCalls.customCa: contains a private key"), all);

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
