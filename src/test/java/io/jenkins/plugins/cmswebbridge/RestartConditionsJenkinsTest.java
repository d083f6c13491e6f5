package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.FakeCallBridge;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.TestCertificates;
import io.jenkins.plugins.cmswebbridge.history.RestartReportAction;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The session-leak condition, the active-calls condition and cmsWebBridgeSessionReport in a real Jenkins. */
@WithJenkins
class RestartConditionsJenkinsTest extends MmpsJenkinsTestSupport {

    private static final String API_ID = "cms-api";

    @TempDir
    Path certDir;

    @BeforeEach
    void addApiCredentials() throws Exception {
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new UsernamePasswordCredentialsImpl(
                        CredentialsScope.GLOBAL, API_ID, "CMS API user", FakeCallBridge.USER, FakeCallBridge.PASSWORD));
        SystemCredentialsProvider.getInstance().save();
    }

    private static String q(String text) {
        return "'" + text.replace("\n", "\\n") + "'";
    }

    /** Syslog lines from ten minutes ago: leaked = 30 + 50 - 20 = 60, busiest web bridge 50. */
    private static String logs() {
        String at = Instant.now().minusSeconds(600).toString();
        return at + " fe1 \"webbridge\": INFO : [DEBUGGING] Stats 30, c:900, d:870\n"
                + at + " fe2 \"webbridge\": INFO : [DEBUGGING] Stats 50, c:700, d:650\n"
                + at + " cb1 host:server: INFO : STATS: {\"callLegs\": \"40/41\", \"CMA\": \"20/22\"}\n";
    }

    private String restartArguments() {
        return "hosts: " + q(mmps.hosts()) + ", credentialsId: '" + JenkinsTestSupport.PASSWORD_ID
                + "', hostKeyVerification: knownHosts(" + q(mmps.knownHosts()) + ")";
    }

    private WorkflowRun run(String script) throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class);
        p.setDefinition(new CpsFlowDefinition(script, true));
        return p.scheduleBuild2(0).get();
    }

    @Test
    void configurationRoundTripKeepsBothConditions() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        RestartCmsWebBridgesBuilder before =
                new RestartCmsWebBridgesBuilder("mmp1.example.com", JenkinsTestSupport.PASSWORD_ID);
        SessionLeakCondition leak = new SessionLeakCondition("cms-logs/**/syslog*");
        leak.setMinLeaked(20);
        leak.setMinActive(120);
        before.setSessionLeak(leak);
        ActiveCallsCondition calls = new ActiveCallsCondition("https://cms1.example.com:445", API_ID);
        calls.setMaxCallLegs(2);
        calls.setWaitMinutes(30);
        calls.setWhenBusy("FAIL");
        before.setActiveCalls(calls);
        p.getBuildersList().add(before);
        r.configRoundtrip(p);
        RestartCmsWebBridgesBuilder after = p.getBuildersList().get(RestartCmsWebBridgesBuilder.class);
        r.assertEqualDataBoundBeans(before.getSessionLeak(), after.getSessionLeak());
        r.assertEqualDataBoundBeans(before.getActiveCalls(), after.getActiveCalls());
        assertFalse(p.getConfigFile().asString().contains(FakeCallBridge.PASSWORD));
    }

    @Test
    void belowTheThresholdTheStepRestartsNothingAndTheReportStepReturnsTheFigures() throws Exception {
        MmpSimulator mmp = mmps.start(Fault.NONE);
        WorkflowRun b = run("node {\n"
                + "  writeFile file: 'cms-logs/syslog', text: " + q(logs()) + "\n"
                + "  def report = cmsWebBridgeSessionReport logs: 'cms-logs/*'\n"
                + "  echo \"leaked=${report.leaked} busiest=${report.busiestWebBridge} headroom=${report.headroom}\"\n"
                + "  def results = restartCmsWebBridges " + restartArguments()
                + ", sessionLeak: [logs: 'cms-logs/*', minLeaked: 100, minActive: 120]\n"
                + "  echo \"outcome=${results[0].outcome} ok=${results[0].ok}\"\n"
                + "}");
        r.assertBuildStatus(Result.SUCCESS, b);
        r.assertLogContains("leaked=60 busiest=fe2 headroom=99", b);
        r.assertLogContains("restart not needed: 60 leaked < 100 and busiest web bridge 50 < 120", b);
        r.assertLogContains("outcome=NOT_NEEDED ok=true", b);
        assertEquals(List.of(), mmp.commands());
        RestartReportAction action = b.getAction(RestartReportAction.class);
        assertTrue(
                action.getSessionLines().get(0).contains("leaked 60 sessions"),
                action.getSessionLines().toString());
    }

    @Test
    void busyCallBridgesFailTheBuildWithoutRestartingAndTheApiPasswordStaysSecret() throws Exception {
        MmpSimulator mmp = mmps.start(Fault.NONE);
        TestCertificates certs = new TestCertificates(certDir);
        try (FakeCallBridge cb = new FakeCallBridge(certs.serverStore, 7)) {
            WorkflowRun b = run("restartCmsWebBridges " + restartArguments() + ", activeCalls: activeCalls(apis: '"
                    + cb.address() + "', credentialsId: '" + API_ID + "', whenBusy: 'FAIL', customCa: "
                    + q(certs.caPem) + ")");
            r.assertBuildStatus(Result.FAILURE, b);
            r.assertLogContains("Active calls: FAILED: 7 call legs active (threshold 0)", b);
            assertEquals(List.of(), mmp.commands());
            r.assertLogNotContains(FakeCallBridge.PASSWORD, b);
            assertNoFileContains(b.getRootDir().toPath(), FakeCallBridge.PASSWORD);
            assertTrue(b.getArtifacts().stream().anyMatch(a -> a.getFileName().endsWith(".json")));
        }
    }

    @Test
    void idleCallBridgesLetAFreestyleRestartGoAhead() throws Exception {
        MmpSimulator mmp = mmps.start(Fault.NONE);
        TestCertificates certs = new TestCertificates(certDir);
        try (FakeCallBridge cb = new FakeCallBridge(certs.serverStore, 0)) {
            FreeStyleProject p = r.createFreeStyleProject();
            RestartCmsWebBridgesBuilder step =
                    new RestartCmsWebBridgesBuilder(mmps.hosts(), JenkinsTestSupport.PASSWORD_ID);
            step.setHostKeyVerification(
                    new io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy(mmps.knownHosts()));
            ActiveCallsCondition calls = new ActiveCallsCondition(cb.address(), API_ID);
            calls.setCustomCa(certs.caPem);
            step.setActiveCalls(calls);
            p.getBuildersList().add(step);
            var b = r.buildAndAssertSuccess(p);
            r.assertLogContains("Active calls: CLEAR", b);
            assertEquals(
                    1,
                    mmp.commands().stream()
                            .filter(c -> c.equals("webbridge restart"))
                            .count(),
                    mmp.commands().toString());
            assertEquals(1, cb.requests.get());
        }
    }

    @Test
    void theReportStepNeedsAWorkspaceAndMatchingFiles() throws Exception {
        WorkflowRun outside = run("cmsWebBridgeSessionReport logs: 'cms-logs/*'");
        r.assertBuildStatus(Result.FAILURE, outside);
        r.assertLogContains("FilePath", outside);
        WorkflowRun noFiles = run("node { cmsWebBridgeSessionReport logs: 'cms-logs/*' }");
        r.assertBuildStatus(Result.FAILURE, noFiles);
        r.assertLogContains("logs: no file in the workspace matches 'cms-logs/*'", noFiles);
    }

    private static void assertNoFileContains(Path dir, String secret) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(
                        new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(secret), f.toString());
            }
        }
    }
}
