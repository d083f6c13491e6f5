package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey;
import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import io.jenkins.plugins.cmswebbridge.history.HostRow;
import io.jenkins.plugins.cmswebbridge.history.RestartReportAction;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsFileStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.ManualKeysStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.NonVerifyingStrategy;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import io.jenkins.plugins.cmswebbridge.sim.Threads;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The freestyle build step in a running Jenkins, against simulated MMPs. */
@WithJenkins
class RestartCmsWebBridgesBuilderJenkinsTest {

    private JenkinsRule r;
    private final JenkinsTestSupport mmps = new JenkinsTestSupport();

    @BeforeEach
    void setUp(JenkinsRule rule) {
        r = rule;
    }

    @AfterEach
    void tearDown() {
        mmps.close();
    }

    private FreeStyleProject project(RestartCmsWebBridgesBuilder builder) throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        p.getBuildersList().add(builder);
        return p;
    }

    private RestartCmsWebBridgesBuilder builder(String credentialsId) {
        RestartCmsWebBridgesBuilder b = new RestartCmsWebBridgesBuilder(mmps.hosts(), credentialsId);
        b.setHostKeyVerification(new KnownHostsStrategy(mmps.knownHosts()));
        b.setRetries(1);
        return b;
    }

    @Test
    void configurationRoundTripKeepsEveryField() throws Exception {
        JenkinsTestSupport.addPasswordCredentials();
        RestartCmsWebBridgesBuilder before = new RestartCmsWebBridgesBuilder(
                "mmp1.example.com\nmmp2.example.com:2222", JenkinsTestSupport.PASSWORD_ID);
        before.setService("webbridge3");
        before.setDefaultPort(2022);
        before.setConnectTimeout(7);
        before.setCommandTimeout(90);
        before.setRetries(3);
        before.setParallelism(2);
        before.setStopOnFirstFailure(true);
        before.setVerifyAfterRestart(false);
        before.setResultOnFailure("UNSTABLE");
        before.setLogFileName("site-a.txt");
        before.setDryRun(true);
        for (var strategy : List.of(
                new KnownHostsFileStrategy("/etc/ssh/ssh_known_hosts"),
                new KnownHostsStrategy("mmp1.example.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ"),
                new ManualKeysStrategy("mmp1.example.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ"),
                new NonVerifyingStrategy())) {
            before.setHostKeyVerification(strategy);
            RestartCmsWebBridgesBuilder after = r.configRoundtrip(before);
            r.assertEqualDataBoundBeans(before, after);
        }
        RestartCmsWebBridgesBuilder defaults =
                r.configRoundtrip(new RestartCmsWebBridgesBuilder("mmp1", JenkinsTestSupport.PASSWORD_ID));
        assertNull(
                defaults.getHostKeyVerification(),
                "the unticked block sends no strategy: the deployment's, or else the default, applies");
        assertEquals("", defaults.getService(), "the empty choice: the deployment's service, or else webbridge");
        assertTrue(defaults.isVerifyAfterRestart());
        assertEquals("FAILURE", defaults.getResultOnFailure());
    }

    @Test
    void freestyleRunRestartsArchivesAndShowsTheTable() throws Exception {
        JenkinsTestSupport.addPasswordCredentials();
        mmps.start(Fault.NONE);
        mmps.start(Fault.NONE);
        FreeStyleProject p = project(builder(JenkinsTestSupport.PASSWORD_ID));
        FreeStyleBuild b = r.buildAndAssertSuccess(p);
        r.assertLogContains("[1/2] ", b);
        r.assertLogContains("[2/2] ", b);
        r.assertLogContains("2 of 2 hosts restarted", b);
        for (MmpSimulator sim : mmps.simulators()) {
            assertEquals(List.of("webbridge restart", "webbridge"), sim.commands(), "restart, then the status check");
        }
        assertNotNull(b.getArtifactManager()
                .root()
                .child("webbridge_restart_logs.txt")
                .open());
        String log = new String(
                b.getArtifactManager()
                        .root()
                        .child("webbridge_restart_logs.txt")
                        .open()
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(log.contains("restarted successfully"), log);
        JenkinsTestSupport.assertArchived(b, "webbridge_restart_report.json");
        RestartReportAction action = b.getAction(RestartReportAction.class);
        assertNotNull(action);
        assertEquals(2, action.getRows().size());
        assertEquals("RESTARTED", action.getRows().get(0).getOutcome());
        String page = r.createWebClient().getPage(b).asNormalizedText();
        assertTrue(
                page.contains("RESTARTED")
                        && page.contains(mmps.simulators().get(0).host()),
                page);
    }

    @Test
    void aFailedHostFailsTheBuildOrMakesItUnstableAndTheLogIsStillArchived() throws Exception {
        JenkinsTestSupport.addPasswordCredentials();
        mmps.start(Fault.NONE);
        mmps.start(Fault.FAILURE_OUTPUT);
        RestartCmsWebBridgesBuilder builder = builder(JenkinsTestSupport.PASSWORD_ID);
        FreeStyleProject p = project(builder);
        FreeStyleBuild failed = r.assertBuildStatus(Result.FAILURE, p.scheduleBuild2(0));
        r.assertLogContains("1 of 2 hosts restarted, 1 failed", failed);
        JenkinsTestSupport.assertArchived(failed, "webbridge_restart_logs.txt");
        assertEquals(
                "FAILED",
                failed.getAction(RestartReportAction.class).getRows().get(1).getOutcome());

        builder.setResultOnFailure("UNSTABLE");
        FreeStyleBuild unstable = r.assertBuildStatus(Result.UNSTABLE, p.scheduleBuild2(0));
        JenkinsTestSupport.assertArchived(unstable, "webbridge_restart_report.json");
    }

    @Test
    void privateKeyCredentialsWorkAndNoSecretLeaks() throws Exception {
        JenkinsTestSupport.addKeyCredentials();
        JenkinsTestSupport.addPasswordCredentials();
        mmps.start(Fault.NONE);
        FreeStyleProject p = project(builder(JenkinsTestSupport.KEY_ID));
        FreeStyleBuild b = r.buildAndAssertSuccess(p);
        FreeStyleProject q = project(builder(JenkinsTestSupport.PASSWORD_ID));
        FreeStyleBuild c = r.buildAndAssertSuccess(q);
        String marker = JenkinsTestSupport.privateKeyMarker();
        for (FreeStyleBuild build : List.of(b, c)) {
            for (File f : FileUtils.listFiles(build.getRootDir(), null, true)) {
                String text = Files.readString(f.toPath(), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(JenkinsTestSupport.PASSWORD), "password in " + f);
                assertFalse(text.contains(marker), "private key in " + f);
            }
        }
        for (FreeStyleProject job : List.of(p, q)) {
            String config = Files.readString(new File(job.getRootDir(), "config.xml").toPath());
            assertFalse(config.contains(JenkinsTestSupport.PASSWORD) || config.contains(marker), config);
        }
    }

    @Test
    void credentialsAreLookedUpInTheBuildAndTheirUseIsTracked() throws Exception {
        Credentials c = JenkinsTestSupport.addPasswordCredentials();
        mmps.start(Fault.NONE);
        FreeStyleProject p = project(builder(JenkinsTestSupport.PASSWORD_ID));
        r.buildAndAssertSuccess(p);
        var fingerprint = CredentialsProvider.getFingerprintOf(c);
        assertNotNull(fingerprint, "the use of the credentials is recorded");
        assertTrue(
                fingerprint.getJobs().contains(p.getFullName()),
                fingerprint.getJobs().toString());
    }

    @Test
    void missingCredentialsOrBadHostsFailBeforeAnyConnection() throws Exception {
        MmpSimulator sim = mmps.start(Fault.NONE);
        FreeStyleProject p = project(builder("no-such-credentials"));
        FreeStyleBuild b = r.assertBuildStatus(Result.FAILURE, p.scheduleBuild2(0));
        r.assertLogContains(
                "credentialsId: no SSH username/password or SSH private key credentials with ID 'no-such-credentials'",
                b);

        JenkinsTestSupport.addPasswordCredentials();
        RestartCmsWebBridgesBuilder bad =
                new RestartCmsWebBridgesBuilder(mmps.hosts() + "\nbad host:99999", JenkinsTestSupport.PASSWORD_ID);
        bad.setConnectTimeout(99999);
        FreeStyleBuild c = r.assertBuildStatus(Result.FAILURE, project(bad).scheduleBuild2(0));
        r.assertLogContains("line 2", c);
        r.assertLogContains("connectTimeout: must be between 1 and 3600", c);
        assertEquals(0, sim.connectionsAccepted(), "nothing may connect when the configuration is wrong");
    }

    @Test
    void keyCredentialsWithoutAKeyFailBeforeAnyConnection() throws Exception {
        // ssh-credentials' DirectEntryPrivateKeySource gives an empty key list for blank text, as its
        // file-on-controller source does for a file it cannot read
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new BasicSSHUserPrivateKey(
                        CredentialsScope.GLOBAL,
                        "no-key",
                        JenkinsTestSupport.USER,
                        new BasicSSHUserPrivateKey.DirectEntryPrivateKeySource(""),
                        null,
                        "no key"));
        MmpSimulator sim = mmps.start(Fault.NONE);
        FreeStyleBuild b =
                r.assertBuildStatus(Result.FAILURE, project(builder("no-key")).scheduleBuild2(0));
        r.assertLogContains("credentialsId: the credentials with ID 'no-key' hold no private key", b);
        assertEquals(0, sim.connectionsAccepted());
    }

    @Test
    void aKeyInAFormNoTrileadReadsFailsBeforeAnyConnectionWithoutBeingQuoted() throws Exception {
        String pkcs8 = TestKeys.pkcs8Pem(JenkinsTestSupport.KEY);
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new BasicSSHUserPrivateKey(
                        CredentialsScope.GLOBAL,
                        "pkcs8-key",
                        JenkinsTestSupport.USER,
                        new BasicSSHUserPrivateKey.DirectEntryPrivateKeySource(pkcs8),
                        null,
                        "a PKCS#8 key"));
        MmpSimulator sim = mmps.start(Fault.NONE);
        FreeStyleBuild b = r.assertBuildStatus(
                Result.FAILURE, project(builder("pkcs8-key")).scheduleBuild2(0));
        r.assertLogContains(
                "credentialsId: the credentials with ID 'pkcs8-key' cannot be used: private key 1 of 1 is in PKCS#8"
                        + " form",
                b);
        r.assertLogContains("'ssh-keygen -p -m PEM -f KEYFILE'; nothing was done", b);
        r.assertLogNotContains(pkcs8.split("\n")[2], b);
        assertEquals(0, sim.connectionsAccepted());
    }

    @Test
    void runsOnTheAgentThatRunsTheBuild() throws Exception {
        JenkinsTestSupport.addPasswordCredentials();
        mmps.start(Fault.NONE);
        DumbSlave agent = r.createOnlineSlave();
        FreeStyleProject p = project(builder(JenkinsTestSupport.PASSWORD_ID));
        p.setAssignedNode(agent);
        FreeStyleBuild b = r.buildAndAssertSuccess(p);
        assertEquals(agent, b.getBuiltOn());
        r.assertLogContains("1 of 1 host restarted", b);
        JenkinsTestSupport.assertArchived(b, "webbridge_restart_logs.txt");
    }

    @Test
    void nonVerifyingWarnsInEveryRun() throws Exception {
        JenkinsTestSupport.addPasswordCredentials();
        mmps.start(Fault.NONE);
        RestartCmsWebBridgesBuilder builder = builder(JenkinsTestSupport.PASSWORD_ID);
        builder.setHostKeyVerification(new NonVerifyingStrategy());
        FreeStyleBuild b = r.buildAndAssertSuccess(project(builder));
        r.assertLogContains("WARNING: Host key verification is switched off", b);
    }

    @Test
    void privateKeyCredentialsWorkOnAnAgent() throws Exception {
        JenkinsTestSupport.addKeyCredentials();
        MmpSimulator sim = mmps.start(Fault.NONE);
        DumbSlave agent = r.createOnlineSlave();
        FreeStyleProject p = project(builder(JenkinsTestSupport.KEY_ID));
        p.setAssignedNode(agent);
        FreeStyleBuild b = r.buildAndAssertSuccess(p);
        assertEquals(agent, b.getBuiltOn());
        assertEquals(List.of("webbridge restart", "webbridge"), sim.commands());
        r.assertLogNotContains(JenkinsTestSupport.privateKeyMarker(), b);
    }

    /** An MMP that refuses SHA-1 signatures, like OpenSSH 8.8+: the RSA host key is proven with rsa-sha2-*. */
    @Test
    void rsaHostKeysAreVerifiedWhenTheServerRefusesSshRsa() throws Exception {
        JenkinsTestSupport.addPasswordCredentials();
        MmpSimulator sim = mmps.start(MmpSimulator.builder().withoutSshRsa());
        RestartCmsWebBridgesBuilder manual = builder(JenkinsTestSupport.PASSWORD_ID);
        manual.setHostKeyVerification(new ManualKeysStrategy(sim.host() + ":" + sim.port() + " "
                + io.jenkins.plugins.cmswebbridge.sim.TestKeys.openSshPublicKey(sim.advertisedHostKey())));
        r.buildAndAssertSuccess(project(manual));
        FreeStyleBuild known = r.buildAndAssertSuccess(project(builder(JenkinsTestSupport.PASSWORD_ID)));
        r.assertLogContains("1 of 1 host restarted", known);
    }

    private static void awaitCommand(MmpSimulator sim) throws InterruptedException {
        Threads.awaitCommand(sim, java.time.Duration.ofSeconds(60), "the command never reached the MMP");
    }

    /** Three simulators with the password account, the second of which never ends its restart command. */
    private MmpSimulator startWithAHangingSecondHost() throws Exception {
        JenkinsTestSupport.addPasswordCredentials();
        mmps.start(Fault.NONE);
        MmpSimulator hanging = mmps.start(Fault.HANG_COMMAND);
        mmps.start(Fault.NONE);
        return hanging;
    }

    /** A build step whose command timeout is long enough that only an abort or a lost agent ends the hang. */
    private RestartCmsWebBridgesBuilder builderThatWaits() {
        RestartCmsWebBridgesBuilder builder = builder(JenkinsTestSupport.PASSWORD_ID);
        builder.setCommandTimeout(600);
        return builder;
    }

    private static List<String> outcomes(FreeStyleBuild b) {
        RestartReportAction action = b.getAction(RestartReportAction.class);
        assertNotNull(action, "the report is recorded");
        return action.getRows().stream().map(HostRow::getOutcome).toList();
    }

    @Test
    void aFreestyleAbortClosesTheConnectionsAndRecordsWhatWasDone() throws Exception {
        MmpSimulator hanging = startWithAHangingSecondHost();
        FreeStyleBuild b = project(builderThatWaits()).scheduleBuild2(0).waitForStart();
        awaitCommand(hanging);
        long t0 = System.nanoTime();
        b.getExecutor().interrupt();
        r.waitForCompletion(b);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(Result.ABORTED, b.getResult());
        assertTrue(millis < 20_000, "abort took " + millis + " ms");
        hanging.awaitNoOpenConnections(java.time.Duration.ofSeconds(10));
        assertEquals(List.of("RESTARTED", "FAILED", "NOT_RUN"), outcomes(b));
        JenkinsTestSupport.assertArchived(b, "webbridge_restart_logs.txt");
        b.reload();
        assertEquals(List.of("RESTARTED", "FAILED", "NOT_RUN"), outcomes(b), "the report is in build.xml");
    }

    @Test
    void anAgentLostDuringTheRunStillLeavesTheRecordAndFailsTheBuild() throws Exception {
        MmpSimulator hanging = startWithAHangingSecondHost();
        DumbSlave agent = r.createOnlineSlave();
        FreeStyleProject p = project(builderThatWaits());
        p.setAssignedNode(agent);
        FreeStyleBuild b = p.scheduleBuild2(0).waitForStart();
        awaitCommand(hanging);
        agent.toComputer()
                .disconnect(new hudson.slaves.OfflineCause.ByCLI("the test pulls the agent"))
                .get();
        r.waitForCompletion(b);
        assertTrue(b.getResult().isWorseOrEqualTo(Result.FAILURE), "result " + b.getResult());
        assertEquals(List.of("RESTARTED", "FAILED", "NOT_RUN"), outcomes(b));
        HostRow lost = b.getAction(RestartReportAction.class).getRows().get(1);
        assertTrue(lost.getReason().contains("unknown"), lost.getReason());
        JenkinsTestSupport.assertArchived(b, "webbridge_restart_report.json");
    }

    @Test
    void theReportIsInTheBuildsRestApi() throws Exception {
        JenkinsTestSupport.addPasswordCredentials();
        mmps.start(Fault.NONE);
        FreeStyleBuild b = r.buildAndAssertSuccess(project(builder(JenkinsTestSupport.PASSWORD_ID)));
        String json = r.createWebClient()
                .goTo(b.getUrl() + "api/json", "application/json")
                .getWebResponse()
                .getContentAsString();
        assertTrue(json.contains("\"_class\":\"io.jenkins.plugins.cmswebbridge.history.RestartReportAction\""), json);
        assertTrue(json.contains("\"outcome\":\"RESTARTED\""), json);
        assertTrue(json.contains("\"summary\":\"1 of 1 host restarted\""), json);
    }
}
