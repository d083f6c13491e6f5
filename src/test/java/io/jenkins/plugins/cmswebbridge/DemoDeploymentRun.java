package io.jenkins.plugins.cmswebbridge;

import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.callBridge;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.other;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.tarGz;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.text;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.webBridge;

import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.deployments.CmsDeployment;
import io.jenkins.plugins.cmswebbridge.deployments.DeploymentLookup;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.fleet.NodeRun;
import io.jenkins.plugins.cmswebbridge.engine.report.JsonReportWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.RestartLogWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Resolution;
import io.jenkins.plugins.cmswebbridge.run.RestartArtifacts;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The demo's second part, a run that names a CMS deployment: three simulated MMPs each serve a log bundle over SFTP;
 * the step {@code restartCmsWebBridges deployment: 'prod', sessionLeak: sessionLeak(fromMmps: true, minLeaked: 40)}
 * is resolved over the deployment as a build resolves it, the session leak is read from the MMPs' own logs, and the
 * restart follows. In Jenkins the password comes from the credentials the deployment names; here it is made up.
 */
public final class DemoDeploymentRun {

    private DemoDeploymentRun() {}

    public static void run(Path out, String password, PrintStream console) throws IOException {
        List<MmpSimulator> mmps = new ArrayList<>();
        try {
            int[][] sessions = {{61, 20}, {45, 18}, {30, 13}}; // web bridge active, CMA active: 136 - 51 = 85 leaked
            for (int i = 0; i < sessions.length; i++) {
                Map<String, byte[]> bundle = new LinkedHashMap<>();
                bundle.put(
                        "syslog",
                        text(
                                other("Nov 28 01:55:00.000", "cmsfe" + (i + 1)),
                                webBridge("Nov 28 01:55:03.118", "cmsfe" + (i + 1), sessions[i][0]),
                                callBridge("Nov 28 01:55:00.004", "cmscb" + (i + 1), sessions[i][1], 25)));
                mmps.add(MmpSimulator.builder()
                        .username("admin")
                        .password(password)
                        .syslogFile(MmpLogSettings.DEFAULT_REMOTE_PATH, tarGz(bundle))
                        .start());
            }
            StringBuilder hosts = new StringBuilder();
            StringBuilder knownHosts = new StringBuilder();
            for (MmpSimulator mmp : mmps) {
                hosts.append(mmp.host()).append(':').append(mmp.port()).append('\n');
                knownHosts.append(mmp.knownHostsLine()).append('\n');
            }
            CmsDeployment prod = new CmsDeployment("prod");
            prod.setHosts(hosts.toString());
            prod.setCredentialsId("prod-mmp");
            prod.setHostKeyVerification(new KnownHostsStrategy(knownHosts.toString()));

            RestartCmsWebBridgesBuilder step = new RestartCmsWebBridgesBuilder();
            step.setDeployment("prod");
            SessionLeakCondition leak = new SessionLeakCondition(null);
            leak.setFromMmps(true);
            leak.setMinLeaked(40);
            step.setSessionLeak(leak);
            console.println("restartCmsWebBridges deployment: 'prod', sessionLeak: sessionLeak(fromMmps: true,"
                    + " minLeaked: 40)");
            Resolution resolution =
                    RestartResolver.resolve(step, UnaryOperator.identity(), null, DeploymentLookup.of(List.of(prod)));
            if (!resolution.ok()) {
                throw new IllegalStateException(resolution.problems().toString());
            }
            NodeRun nodeRun = new NodeRun(
                    resolution.resolved().plan(), SshCredentials.password("admin", password.toCharArray()), null);
            RunReport report = nodeRun.run(console); // prints the leak, the decision, a line per host and the summary
            Path dir = Files.createDirectories(out.resolve("prod"));
            RestartArtifacts.write(report, dir, RestartLogWriter.DEFAULT_FILE_NAME, JsonReportWriter.DEFAULT_FILE_NAME);
            console.println("Restart log and JSON report: " + dir);
        } finally {
            mmps.forEach(MmpSimulator::close);
        }
    }
}
