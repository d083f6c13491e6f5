package io.jenkins.plugins.cmswebbridge.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.RestartCmsWebBridgesBuilder;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.deployments.CmsDeployment;
import io.jenkins.plugins.cmswebbridge.deployments.DeploymentLookup;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.restart.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsFileStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.NonVerifyingStrategy;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Resolution;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Resolved;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A step that names a CMS deployment: what it takes from the deployment, what it overrides, and {@code only}. */
class DeploymentResolveTest {

    private static CmsDeployment prod() {
        CmsDeployment d = new CmsDeployment("prod");
        d.setHosts("MMP1.example.com\nmmp2.example.com\nmmp3.example.com:2222");
        d.setDefaultPort(22);
        d.setCredentialsId("prod-mmp");
        d.setHostKeyVerification(new NonVerifyingStrategy());
        d.setService("webbridge3");
        d.setApis("https://cms1.example.com:445");
        d.setApiCredentialsId("prod-api");
        return d;
    }

    private static final DeploymentLookup DEPLOYMENTS = DeploymentLookup.of(List.of(prod(), new CmsDeployment("lab")));

    private static Resolution resolve(RestartStepConfig step) {
        return RestartResolver.resolve(step, UnaryOperator.identity(), "/workspace", DEPLOYMENTS);
    }

    private static Resolved resolved(RestartStepConfig step) {
        return Resolutions.resolved(resolve(step));
    }

    private static String problems(RestartStepConfig step) {
        return Resolutions.problems(resolve(step)).toString();
    }

    private static RestartCmsWebBridgesBuilder step(String deployment) {
        RestartCmsWebBridgesBuilder step = new RestartCmsWebBridgesBuilder();
        step.setDeployment(deployment);
        return step;
    }

    private static List<String> hosts(Resolved r) {
        return r.plan().hosts().stream().map(HostAddress::display).toList();
    }

    @Test
    void aStepNamingOnlyTheDeploymentTakesEverythingFromIt() {
        Resolved r = resolved(step("prod"));
        assertEquals(List.of("MMP1.example.com:22", "mmp2.example.com:22", "mmp3.example.com:2222"), hosts(r));
        assertEquals("prod-mmp", r.credentialsId());
        assertEquals(new NonVerifyingStrategy(), r.strategy());
        assertEquals(WebBridgeService.WEBBRIDGE3, r.plan().settings().getService());
        assertNull(r.plan().activeCalls(), "the API addresses alone do not ask the call bridges");
        assertNull(r.apiCredentialsId());
    }

    @Test
    void whatTheStepSetsWinsOverTheDeployment() {
        RestartCmsWebBridgesBuilder s = step("prod");
        s.setHosts("mmp9.example.com");
        s.setCredentialsId("mine");
        s.setService("webbridge");
        s.setDefaultPort(2200);
        s.setHostKeyVerification(new KnownHostsFileStrategy("/etc/ssh/ssh_known_hosts"));
        Resolved r = resolved(s);
        assertEquals(List.of("mmp9.example.com:2200"), hosts(r));
        assertEquals("mine", r.credentialsId());
        assertEquals(new KnownHostsFileStrategy("/etc/ssh/ssh_known_hosts"), r.strategy());
        assertEquals(WebBridgeService.WEBBRIDGE, r.plan().settings().getService());
    }

    @Test
    void theActiveCallsConditionTakesTheDeploymentsApiUnlessItGivesItsOwn() {
        RestartCmsWebBridgesBuilder s = step("prod");
        ActiveCallsCondition calls = new ActiveCallsCondition(null, null);
        calls.setMaxCallLegs(3);
        s.setActiveCalls(calls);
        Resolved r = resolved(s);
        assertEquals("prod-api", r.apiCredentialsId());
        assertEquals(3, r.plan().activeCalls().getMaxCallLegs());
        assertTrue(r.plan().activeCalls().toString().contains("https://cms1.example.com:445"));

        s.setActiveCalls(new ActiveCallsCondition("https://cms2.example.com", "other-api"));
        Resolved own = resolved(s);
        assertEquals("other-api", own.apiCredentialsId());
        assertTrue(own.plan().activeCalls().toString().contains("https://cms2.example.com"));
    }

    @Test
    void onlyRestrictsTheRunInTheDeploymentsOrderComparingAsTheListDoes() {
        RestartCmsWebBridgesBuilder s = step("prod");
        s.setOnly("mmp3.example.com:2222, mmp1.EXAMPLE.com:22");
        assertEquals(List.of("MMP1.example.com:22", "mmp3.example.com:2222"), hosts(resolved(s)));
        s.setOnly("mmp2.example.com");
        assertEquals(List.of("mmp2.example.com:22"), hosts(resolved(s)));
    }

    @Test
    void onlyMatchesAnMmpWrittenAnotherWayAndRunsItAsTheListWritesIt() {
        RestartCmsWebBridgesBuilder s =
                new RestartCmsWebBridgesBuilder("cms1.example.com [2001:db8::5] 10.0.0.7", "cms");
        s.setOnly("CMS1.example.com.:22, [2001:db8:0:0::5]:22, [::ffff:a00:7]");
        assertEquals(List.of("cms1.example.com:22", "[2001:db8::5]:22", "10.0.0.7:22"), hosts(resolved(s)));
    }

    @Test
    void aHostOutsideTheDeploymentIsRefusedByName() {
        RestartCmsWebBridgesBuilder s = step("prod");
        s.setOnly("mmp2.example.com mmp3.example.com mmp4.example.com");
        String p = problems(s);
        assertTrue(p.startsWith("[only: 2 hosts not in the run's host list"), p);
        assertTrue(p.contains("mmp3.example.com:22") && p.contains("mmp4.example.com:22"), p);
        s.setOnly("mmp1.example.com; rm -rf /");
        assertTrue(problems(s).startsWith("[only: "), "a bad entry is refused as in the host list");
    }

    @Test
    void onlyAlsoWorksWithTheStepsOwnHostList() {
        RestartCmsWebBridgesBuilder s = new RestartCmsWebBridgesBuilder("a.example.com b.example.com", "cms");
        s.setOnly("b.example.com");
        assertEquals(List.of("b.example.com:22"), hosts(resolved(s)));
    }

    @Test
    void anUnknownDeploymentIsTheOnlyProblemAndTheNamesAreListed() {
        String p = problems(step("staging"));
        assertEquals(
                "[deployment: no CMS deployment named 'staging'; the deployments are defined in Manage Jenkins"
                        + " > System (prod; lab)]",
                p);
        Resolution none =
                RestartResolver.resolve(step("prod"), UnaryOperator.identity(), "/workspace", DeploymentLookup.none());
        assertTrue(
                none.problems().toString().contains("(none defined)"),
                none.problems().toString());
    }

    @Test
    void aDeploymentWithoutHostsOrCredentialsGivesTheStepsOwnProblems() {
        String p = problems(step("lab"));
        assertTrue(p.contains("credentialsId: required") && p.contains("hosts: required"), p);
    }

    @Test
    void aFreestyleBuildExpandsItsVariablesInTheDeploymentAndOnly() {
        RestartCmsWebBridgesBuilder b = new RestartCmsWebBridgesBuilder();
        b.setDeployment("${SITE}");
        b.setOnly("${MMP}");
        Map<String, String> vars = Map.of("${SITE}", "prod", "${MMP}", "mmp2.example.com");
        Resolution r = RestartResolver.resolve(b, v -> vars.getOrDefault(v, v), "/workspace", DEPLOYMENTS);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(List.of("mmp2.example.com:22"), hosts(r.resolved()));
    }

    @Test
    void deploymentNamesAreCheckedAndUnique() {
        IllegalArgumentException twice = assertThrows(
                IllegalArgumentException.class,
                () -> DeploymentLookup.of(List.of(new CmsDeployment("prod"), new CmsDeployment("prod"))));
        assertEquals("two deployments are named 'prod'", twice.getMessage());
        IllegalArgumentException bad = assertThrows(
                IllegalArgumentException.class, () -> DeploymentLookup.of(List.of(new CmsDeployment("-x y"))));
        assertTrue(bad.getMessage().startsWith("name: '-x y' is not a deployment name"), bad.getMessage());
        assertEquals("required", DeploymentLookup.checkName(" ").problem());
        assertNull(DeploymentLookup.checkName("site-a_2.prod").problem());
        assertTrue(DeploymentLookup.checkName("x".repeat(65)).problem() != null, "at most 64 characters");
    }

    @Test
    void theSessionLeakConditionReadsTheMmpsWithTheDeploymentsFileAndNeedsNoWorkspace() {
        CmsDeployment d = prod();
        d.setMmpLogFile("logs/syslog");
        RestartCmsWebBridgesBuilder s = step("prod");
        SessionLeakCondition leak = new SessionLeakCondition(null);
        leak.setFromMmps(true);
        leak.setMinLeaked(20);
        s.setSessionLeak(leak);
        Resolution r = RestartResolver.resolve(s, UnaryOperator.identity(), null, DeploymentLookup.of(List.of(d)));
        assertTrue(r.ok(), r.problems().toString());
        assertTrue(r.resolved().plan().sessionLeak().readsMmps());
        assertEquals("logs/syslog", r.resolved().plan().sessionLeak().mmpLogs().getRemotePath());

        leak.setMmpLogFile("own.log");
        assertEquals("own.log", resolved(s).plan().sessionLeak().mmpLogs().getRemotePath(), "the step's file wins");
        leak.setMmpLogFile(null);
        assertEquals(
                MmpLogSettings.DEFAULT_REMOTE_PATH,
                resolved(s).plan().sessionLeak().mmpLogs().getRemotePath(),
                "prod names no file: the default");

        SessionLeakCondition both = new SessionLeakCondition("logs/*.log");
        both.setFromMmps(true);
        both.setMinLeaked(20);
        s.setSessionLeak(both);
        assertEquals(
                "[sessionLeak.logs: give either logs (files in the workspace) or fromMmps (each MMP's own log), not"
                        + " both]",
                problems(s));
    }
}
