package io.jenkins.plugins.cmswebbridge.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.deployments.CmsDeployment;
import io.jenkins.plugins.cmswebbridge.deployments.DeploymentLookup;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.hostkey.HostKeyVerificationStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.ManualKeysStrategy;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Problem;
import io.jenkins.plugins.cmswebbridge.resolve.SessionReportResolver.FromMmps;
import io.jenkins.plugins.cmswebbridge.resolve.SessionReportResolver.Resolution;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code cmsWebBridgeSessionReport} reads, decided before anything connects: the files of {@code logs}, or the
 * MMPs of a deployment with its credentials id, host key verification and log file; every problem names its field.
 */
class SessionReportResolverTest {

    private static final String KEY = "mmp-a.example.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ";

    private static DeploymentLookup deployments(CmsDeployment... extra) {
        CmsDeployment site = new CmsDeployment("site");
        site.setHosts("mmp-a.example.com, MMP-B.example.com, mmp-c.example.com:2200");
        site.setCredentialsId("site-mmp");
        site.setHostKeyVerification(new ManualKeysStrategy(KEY));
        List<CmsDeployment> all = new ArrayList<>(List.of(site));
        all.addAll(List.of(extra));
        return DeploymentLookup.of(all);
    }

    private static Resolution resolve(String logs, String deployment, String only, String file) {
        return SessionReportResolver.resolve(logs, deployment, only, file, deployments());
    }

    private static FromMmps mmps(String only, String file) {
        Resolution r = resolve(null, "site", only, file);
        assertTrue(r.ok(), r.problems().toString());
        assertNull(r.logs());
        return r.mmps();
    }

    private static List<String> problems(Resolution r) {
        assertNull(r.mmps());
        assertNull(r.logs());
        return r.problems().stream().map(Problem::toString).toList();
    }

    private static final String ONE_SOURCE = "logs: give exactly one of logs (CMS syslog files in the workspace) and"
            + " deployment (each MMP's own log of a CMS deployment, read over SFTP)";

    @Test
    void logsAloneReadTheWorkspaceAsBefore() {
        Resolution r = resolve(" cms-logs/**/syslog* ", "", null, null);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals("cms-logs/**/syslog*", r.logs());
        assertNull(r.mmps());
    }

    @Test
    void exactlyOneOfLogsAndDeploymentIsGiven() {
        assertEquals(List.of(ONE_SOURCE), problems(resolve("", " ", null, null)));
        assertEquals(List.of(ONE_SOURCE), problems(resolve("cms-logs/*", "site", null, null)));
    }

    @Test
    void onlyAndTheLogFileGoWithADeploymentOnly() {
        List<String> p = problems(resolve("/etc/syslog", null, "mmp-a.example.com", "syslog"));
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("only: used only with deployment"), p.toString());
        assertTrue(p.get(1).startsWith("mmpLogFile: used only with deployment"), p.toString());
        assertTrue(p.get(2).startsWith("logs: "), "an absolute pattern is refused as before: " + p);
    }

    @Test
    void aDeploymentGivesTheHostsCredentialsHostKeysAndTheDefaultFile() {
        FromMmps m = mmps(null, null);
        assertEquals("site", m.deployment());
        assertEquals(
                List.of("mmp-a.example.com:22", "MMP-B.example.com:22", "mmp-c.example.com:2200"),
                m.target().hosts().stream().map(HostAddress::display).toList());
        assertEquals("site-mmp", m.target().credentialsId());
        assertEquals(new ManualKeysStrategy(KEY), m.target().strategy());
        assertEquals(MmpLogSettings.DEFAULT_REMOTE_PATH, m.settings().getRemotePath());
        assertEquals(
                RestartSettings.DEFAULT_CONNECT_TIMEOUT,
                m.settings().getTimeouts().connect());
    }

    @Test
    void onlyPicksHostsOfTheDeploymentInItsOrder() {
        FromMmps m = mmps("mmp-c.example.com:2200 mmp-b.EXAMPLE.com:22", null);
        assertEquals(
                List.of("MMP-B.example.com:22", "mmp-c.example.com:2200"),
                m.target().hosts().stream().map(HostAddress::display).toList());
        assertEquals(
                List.of("only: 1 host not in the run's host list: mmp9.example.com:22"),
                problems(resolve(null, "site", "mmp-a.example.com mmp9.example.com", null)));
    }

    @Test
    void theStepsLogFileWinsOverTheDeploymentsAndABadOneIsNamed() {
        CmsDeployment withFile = new CmsDeployment("lab");
        withFile.setHosts("lab-mmp.example.com");
        withFile.setCredentialsId("lab-mmp");
        withFile.setMmpLogFile("log/syslog");
        DeploymentLookup lookup = deployments(withFile);
        FromMmps lab =
                SessionReportResolver.resolve(null, "lab", null, "", lookup).mmps();
        assertEquals("log/syslog", lab.settings().getRemotePath());
        assertEquals(
                HostKeyVerificationStrategy.defaultStrategy(),
                lab.target().strategy(),
                "a deployment without a strategy gets the default, as a restart does");
        assertEquals("own.log.gz", mmps(null, "own.log.gz").settings().getRemotePath());
        assertEquals(
                List.of("mmpLogFile: names a directory; give a file"), problems(resolve(null, "site", null, "logs/")));
    }

    @Test
    void anUnknownDeploymentIsNamedWithTheDeploymentsThatExist() {
        assertEquals(
                List.of("deployment: no CMS deployment named 'staging'; the deployments are defined in Manage Jenkins"
                        + " > System (site)"),
                problems(resolve(null, "staging", "mmp-a.example.com", null)));
        assertEquals(
                List.of("deployment: no CMS deployment named 'site'; the deployments are defined in Manage Jenkins"
                        + " > System (none defined)"),
                problems(SessionReportResolver.resolve(null, "site", null, null, DeploymentLookup.none())));
    }

    @Test
    void aDeploymentWithoutCredentialsOrHostsGivesTheirFields() {
        List<String> p = problems(
                SessionReportResolver.resolve(null, "empty", null, null, deployments(new CmsDeployment("empty"))));
        assertEquals(List.of("credentialsId: required", "hosts: required"), p);
    }
}
