package io.jenkins.plugins.cmswebbridge;

import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.callBridge;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.text;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.webBridge;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionList;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Result;
import hudson.security.ACL;
import io.jenkins.plugins.cmswebbridge.deployments.CmsDeployment;
import io.jenkins.plugins.cmswebbridge.deployments.CmsDeployments;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SftpFault;
import io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures;
import io.jenkins.plugins.cmswebbridge.sim.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockFolder;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.springframework.security.core.Authentication;

/** cmsWebBridgeSessionReport naming a CMS deployment: each MMP's own log read over SFTP from a pipeline. */
@WithJenkins
class SessionReportJenkinsTest {

    private static final String FILE = MmpLogSettings.DEFAULT_REMOTE_PATH;

    @AutoClose
    private final JenkinsTestSupport mmps = new JenkinsTestSupport();

    /** Two MMPs: a web bridge with 70 sessions, and one with 30 beside a call bridge with 25 CMA sessions. */
    private void startMmps() {
        mmps.start(MmpSimulator.builder().syslogFile(FILE, text(webBridge("Jun  8 14:55:03.118", "cmsfe1", 70))));
        mmps.start(MmpSimulator.builder()
                .syslogFile(
                        FILE,
                        text(
                                webBridge("Jun  8 14:55:04.000", "cmsfe2", 30),
                                callBridge("Jun  8 14:55:00.004", "cmscb1", 25, 31))));
    }

    /** The deployment {@code prod} of the simulated MMPs; the system store holds the password credentials. */
    private void deployment(String credentialsId) throws Exception {
        JenkinsTestSupport.addPasswordCredentials();
        CmsDeployment prod = new CmsDeployment("prod");
        prod.setHosts(mmps.hosts());
        prod.setCredentialsId(credentialsId);
        prod.setHostKeyVerification(new KnownHostsStrategy(mmps.knownHosts()));
        CmsDeployments.get().setDeployments(List.of(prod));
    }

    private static WorkflowRun run(JenkinsRule r, ItemGroup<?> parent, String script) throws Exception {
        WorkflowJob p = parent instanceof MockFolder folder
                ? folder.createProject(WorkflowJob.class, "report")
                : r.createProject(WorkflowJob.class);
        p.setDefinition(new CpsFlowDefinition(script, true));
        return p.scheduleBuild2(0).get();
    }

    private int connections() {
        return mmps.simulators().stream()
                .mapToInt(MmpSimulator::connectionsAccepted)
                .sum();
    }

    @Test
    void aPipelineReadsEveryMmpOfTheDeploymentAndGetsTheLeak(JenkinsRule r) throws Exception {
        startMmps();
        mmps.start(MmpSimulator.builder().sftpFault(SftpFault.NO_SUCH_FILE));
        deployment(JenkinsTestSupport.PASSWORD_ID);
        WorkflowRun b = run(
                r,
                r.jenkins,
                "node {\n"
                        + "  def report = cmsWebBridgeSessionReport deployment: 'prod'\n"
                        + "  echo \"leaked=${report.leaked} busiest=${report.busiestWebBridge} files=${report.files.size()}\"\n"
                        + "  echo \"problems=${report.fileProblems.size()} ${report.fileProblems[0]}\"\n"
                        + "}");
        r.assertBuildStatus(Result.SUCCESS, b);
        MmpSimulator missing = mmps.simulators().get(2);
        r.assertLogContains("over SFTP; host keys: ", b);
        r.assertLogContains("leaked=75 busiest=cmsfe1 files=2", b);
        r.assertLogContains("problems=1 " + missing.host() + ":" + missing.port() + ": NO_SUCH_FILE", b);
        r.assertLogNotContains(JenkinsTestSupport.PASSWORD, b);
        for (MmpSimulator mmp : mmps.simulators()) {
            assertEquals(List.of(), mmp.commands(), "nothing is run or restarted on " + mmp.port());
        }
    }

    @Test
    void onlyReadsTheHostsItNames(JenkinsRule r) throws Exception {
        startMmps();
        deployment(JenkinsTestSupport.PASSWORD_ID);
        MmpSimulator second = mmps.simulators().get(1);
        WorkflowRun b = run(
                r,
                r.jenkins,
                "node {\n  def report = cmsWebBridgeSessionReport deployment: 'prod', only: '" + second.host() + ":"
                        + second.port() + "'\n  echo \"leaked=${report.leaked}\"\n}");
        r.assertBuildStatus(Result.SUCCESS, b);
        r.assertLogContains("leaked=5", b);
        assertEquals(0, mmps.simulators().get(0).connectionsAccepted());
    }

    @Test
    void anUnknownDeploymentAHostOutsideItOrBothSourcesFailBeforeAnyConnection(JenkinsRule r) throws Exception {
        startMmps();
        deployment(JenkinsTestSupport.PASSWORD_ID);
        WorkflowRun unknown = run(r, r.jenkins, "node { cmsWebBridgeSessionReport deployment: 'staging' }");
        r.assertBuildStatus(Result.FAILURE, unknown);
        r.assertLogContains("deployment: no CMS deployment named 'staging'", unknown);
        r.assertLogContains("(prod)", unknown);
        WorkflowRun outside =
                run(r, r.jenkins, "node { cmsWebBridgeSessionReport deployment: 'prod', only: 'mmp9.example.com' }");
        r.assertBuildStatus(Result.FAILURE, outside);
        r.assertLogContains("only: 1 host not in the run's host list: mmp9.example.com:22", outside);
        WorkflowRun both =
                run(r, r.jenkins, "node { cmsWebBridgeSessionReport logs: 'cms-logs/*', deployment: 'prod' }");
        r.assertBuildStatus(Result.FAILURE, both);
        r.assertLogContains("logs: give exactly one of logs", both);
        assertEquals(0, connections());
    }

    @Test
    void credentialsRestrictedToAnotherFolderAreNotFound(JenkinsRule r) throws Exception {
        startMmps();
        MockFolder teamA = r.createFolder("team-a");
        MockFolder teamB = r.createFolder("team-b");
        ExtensionList.lookupSingleton(FolderCredentials.class).put(teamA, "team-a-mmp");
        deployment("team-a-mmp");

        WorkflowRun inA = run(
                r,
                teamA,
                "node {\n  def report = cmsWebBridgeSessionReport deployment: 'prod'\n  echo \"leaked=${report.leaked}\"\n}");
        r.assertBuildStatus(Result.SUCCESS, inA);
        r.assertLogContains("leaked=75", inA);
        int before = connections();

        WorkflowRun inB = run(r, teamB, "node { cmsWebBridgeSessionReport deployment: 'prod' }");
        r.assertBuildStatus(Result.FAILURE, inB);
        r.assertLogContains(
                "credentialsId: no SSH username/password or SSH private key credentials with ID 'team-a-mmp' are"
                        + " available to this build",
                inB);
        assertEquals(before, connections(), "nothing connects without the credentials");
    }

    @Test
    void anAbortOnAnAgentClosesTheConnectionThere(JenkinsRule r) throws Exception {
        MmpSimulator slow = mmps.start(MmpSimulator.builder()
                .syslogFile(FILE, SyslogFixtures.generated(4_000_000, 1, 1))
                .sftpFault(SftpFault.SLOW)
                .sftpReadDelay(Duration.ofMillis(200)));
        deployment(JenkinsTestSupport.PASSWORD_ID);
        r.createOnlineSlave(r.jenkins.getLabel("cms-mgmt"));
        WorkflowJob p = r.createProject(WorkflowJob.class);
        p.setDefinition(
                new CpsFlowDefinition("node('cms-mgmt') { cmsWebBridgeSessionReport deployment: 'prod' }", true));
        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        Threads.awaitUntil(
                () -> slow.sftpReads().size() >= 2, Duration.ofSeconds(60), "the agent never started reading the log");
        b.doStop();
        r.waitForCompletion(b);
        assertEquals(Result.ABORTED, b.getResult());
        slow.awaitNoOpenConnections(Duration.ofSeconds(20));
    }

    /** The step as a pipeline's arguments make it (structs sets the optional arguments). */
    private static SessionReportStep step(Map<String, Object> arguments) {
        return DescribableModel.of(SessionReportStep.class).instantiate(arguments, null);
    }

    @Test
    void theSnippetGeneratorWritesBothForms(JenkinsRule r) throws Exception {
        SnippetizerTester snippets = new SnippetizerTester(r);
        snippets.assertRoundTrip(
                new SessionReportStep("cms-logs/**/syslog*"), "cmsWebBridgeSessionReport logs: 'cms-logs/**/syslog*'");
        snippets.assertRoundTrip(step(Map.of("deployment", "prod")), "cmsWebBridgeSessionReport deployment: 'prod'");
        snippets.assertRoundTrip(
                step(Map.of("deployment", "prod", "only", "mmp2.example.com", "mmpLogFile", "syslog")),
                "cmsWebBridgeSessionReport deployment: 'prod', mmpLogFile: 'syslog', only: 'mmp2.example.com'");
    }

    /**
     * Credentials kept in one folder and available to the items inside it only, as the folder credentials store of
     * cloudbees-folder does (for the build's identity, the system, when no authenticator is configured).
     */
    @TestExtension("credentialsRestrictedToAnotherFolderAreNotFound")
    public static final class FolderCredentials extends CredentialsProvider {

        private final List<Map.Entry<ItemGroup<?>, Credentials>> stored = new ArrayList<>();

        void put(MockFolder folder, String id) throws Exception {
            stored.add(Map.entry(
                    folder,
                    new UsernamePasswordCredentialsImpl(
                            CredentialsScope.GLOBAL,
                            id,
                            "team A's MMP user",
                            JenkinsTestSupport.USER,
                            JenkinsTestSupport.PASSWORD)));
        }

        @NonNull
        @Override
        public <C extends Credentials> List<C> getCredentialsInItemGroup(
                @NonNull Class<C> type,
                @Nullable ItemGroup itemGroup,
                @Nullable Authentication authentication,
                @NonNull List<DomainRequirement> domainRequirements) {
            List<C> found = new ArrayList<>();
            if (authentication != null && !ACL.SYSTEM2.equals(authentication)) {
                return found;
            }
            for (ItemGroup<?> g = itemGroup; g != null; g = g instanceof Item item ? item.getParent() : null) {
                for (Map.Entry<ItemGroup<?>, Credentials> e : stored) {
                    if (e.getKey() == g && type.isInstance(e.getValue())) {
                        found.add(type.cast(e.getValue()));
                    }
                }
            }
            return found;
        }
    }
}
