package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Result;
import io.jenkins.plugins.cmswebbridge.deployments.CmsDeployment;
import io.jenkins.plugins.cmswebbridge.deployments.CmsDeployments;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import java.net.URL;
import java.util.List;
import java.util.Map;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** CMS deployments in Manage Jenkins → System, and pipelines that name one. */
@WithJenkins
class DeploymentsJenkinsTest extends MmpsJenkinsTestSupport {

    private CmsDeployment prod() {
        CmsDeployment d = new CmsDeployment("prod");
        d.setHosts(mmps.hosts());
        d.setCredentialsId(JenkinsTestSupport.PASSWORD_ID);
        d.setHostKeyVerification(new KnownHostsStrategy(mmps.knownHosts()));
        return d;
    }

    @Test
    void theSystemPageKeepsEveryFieldOfEveryDeployment() throws Exception {
        CmsDeployment a = new CmsDeployment("prod");
        a.setHosts("mmp1.example.com\nmmp2.example.com:2222");
        a.setDefaultPort(2022);
        a.setCredentialsId(JenkinsTestSupport.PASSWORD_ID);
        a.setHostKeyVerification(new KnownHostsStrategy("mmp1.example.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ"));
        a.setService("webbridge3");
        a.setApis("https://cms1.example.com:445");
        a.setApiCredentialsId("cms-api");
        CmsDeployment b = new CmsDeployment("lab");
        b.setHosts("lab-mmp.example.com");
        CmsDeployments config = CmsDeployments.get();
        config.setDeployments(List.of(a, b));
        r.configRoundtrip();
        List<CmsDeployment> after = config.getDeployments();
        assertEquals(2, after.size());
        r.assertEqualDataBoundBeans(a, after.get(0));
        assertEquals("lab", after.get(1).getName());
        assertEquals("lab-mmp.example.com", after.get(1).getHosts());
    }

    /** A global configuration page is for Overall/Administer (GlobalConfiguration's default permission). */
    @Test
    void onlyAnAdministratorSeesTheSystemPage() throws Exception {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin")
                .grant(Jenkins.READ)
                .everywhere()
                .to("reader"));
        JenkinsRule.WebClient reader = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        assertEquals(
                403,
                reader.login("reader").goTo("manage/configure").getWebResponse().getStatusCode());
        JenkinsRule.WebClient admin = r.createWebClient();
        assertTrue(
                admin.login("admin").goTo("manage/configure").asNormalizedText().contains("CMS deployments"));
    }

    @Test
    void aPipelineNamesTheDeploymentAndRestartsOnlyTheHostItPicks() throws Exception {
        MmpSimulator first = mmps.start(Fault.NONE);
        MmpSimulator second = mmps.start(Fault.NONE);
        CmsDeployments.get().setDeployments(List.of(prod()));
        WorkflowJob p = r.createProject(WorkflowJob.class);
        p.setDefinition(new CpsFlowDefinition(
                "def results = restartCmsWebBridges deployment: 'prod', only: '" + second.host() + ":"
                        + second.port() + "'\n"
                        + "echo \"hosts: ${results.size()} ${results[0].outcome}\"\n",
                true));
        WorkflowRun b = r.buildAndAssertSuccess(p);
        r.assertLogContains("hosts: 1 RESTARTED", b);
        assertEquals(List.of(), first.commands(), "the other MMP of the deployment is left alone");
        assertEquals(List.of("webbridge restart", "webbridge"), second.commands());
    }

    @Test
    void aHostOutsideTheDeploymentOrAnUnknownDeploymentStopsTheBuildBeforeAnyConnection() throws Exception {
        MmpSimulator only = mmps.start(Fault.NONE);
        CmsDeployments.get().setDeployments(List.of(prod()));
        WorkflowJob p = r.createProject(WorkflowJob.class);
        p.setDefinition(
                new CpsFlowDefinition("restartCmsWebBridges deployment: 'prod', only: 'mmp9.example.com'", true));
        WorkflowRun b = r.assertBuildStatus(Result.FAILURE, p.scheduleBuild2(0));
        r.assertLogContains("only: 1 host not in the run's host list: mmp9.example.com:22", b);
        p.setDefinition(new CpsFlowDefinition("restartCmsWebBridges deployment: 'staging'", true));
        WorkflowRun unknown = r.assertBuildStatus(Result.FAILURE, p.scheduleBuild2(0));
        r.assertLogContains("deployment: no CMS deployment named 'staging'", unknown);
        assertEquals(0, only.connectionsAccepted());
    }

    @Test
    void theSnippetGeneratorWritesDeploymentSnippets() throws Exception {
        RestartCmsWebBridgesStep step = DescribableModel.of(RestartCmsWebBridgesStep.class)
                .instantiate(Map.of("deployment", "prod", "only", "mmp2.example.com"));
        new SnippetizerTester(r)
                .assertRoundTrip(step, "restartCmsWebBridges deployment: 'prod', only: 'mmp2.example.com'");
    }

    /**
     * Test connection in a step that names a deployment and leaves the hosts and credentials empty uses the
     * deployment's, with the strategy being configured.
     */
    @Test
    void testConnectionInAStepNamingADeploymentTestsTheDeploymentsMmps() throws Exception {
        MmpSimulator sim = mmps.start(Fault.NONE);
        CmsDeployments.get().setDeployments(List.of(prod()));
        String path = "descriptorByName/io.jenkins.plugins.cmswebbridge.hostkey.NonVerifyingStrategy/testConnection"
                + "?deployment=prod&hosts=&credentialsId=";
        JenkinsRule.WebClient wc = r.createWebClient();
        WebRequest request = new WebRequest(new URL(r.getURL(), path), HttpMethod.POST);
        wc.addCrumb(request);
        String answer = wc.getPage(request).getWebResponse().getContentAsString();
        assertTrue(answer.contains(sim.host() + ":" + sim.port()), answer);
        assertEquals(List.of("webbridge"), sim.commands(), "the status command only: nothing is restarted");
    }

    /** The deployments drop-down is POST only, like every fill method that reads configuration. */
    @Test
    void theDeploymentListIsPostOnly() throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        int status = wc.goTo("descriptorByName/" + RestartCmsWebBridgesBuilder.class.getName() + "/fillDeploymentItems")
                .getWebResponse()
                .getStatusCode();
        assertEquals(404, status, "Stapler answers a GET on a @POST method with 404");
    }
}
