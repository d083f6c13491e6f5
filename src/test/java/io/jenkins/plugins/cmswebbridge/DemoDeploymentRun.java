package io.jenkins.plugins.cmswebbridge;

import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.callBridge;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.leaking;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.other;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.tarGz;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.text;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The demo's second part, a run that names a CMS deployment and decides from the forecast: three simulated MMPs each
 * serve a log bundle over SFTP with nine days of their web bridge's readings (in two rotated files) and their call
 * bridge's latest; the step {@code restartCmsWebBridges deployment: 'prod', sessionLeak: sessionLeak(fromMmps: true,
 * forecast: true, horizon: '7d')} is resolved over the deployment as a build resolves it, the session leak and each
 * web bridge's forecast are read from the MMPs' own logs, and the restart follows. In Jenkins the password comes from
 * the credentials the deployment names; here it is made up.
 */
public final class DemoDeploymentRun {

    /** Each web bridge's leak per day: the first reaches 139 within the week, the others later. */
    private static final double[] GROWTH = {10, 6, 2};

    private DemoDeploymentRun() {}

    public static void run(Path out, String password, PrintStream console) throws IOException {
        List<MmpSimulator> mmps = new ArrayList<>();
        Instant newest = Instant.now().minusSeconds(120);
        try {
            for (int i = 0; i < GROWTH.length; i++) {
                List<String> readings = leaking("cmsfe" + (i + 1), newest, 9, 20, GROWTH[i], 30);
                int split = readings.size() - 3 * 24; // the last three days in the current file, the rest rotated
                List<String> current = new ArrayList<>(readings.subList(split, readings.size()));
                current.add(other(newest.toString(), "cmsfe" + (i + 1)));
                current.add(callBridge(newest.toString(), "cmscb" + (i + 1), 10 + 5 * i, 25));
                Map<String, byte[]> bundle = new LinkedHashMap<>();
                bundle.put("syslog.1", text(readings.subList(0, split).toArray(String[]::new)));
                bundle.put("syslog", text(current.toArray(String[]::new)));
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
            leak.setForecast(true);
            leak.setHorizon("7d");
            step.setSessionLeak(leak);
            console.println("restartCmsWebBridges deployment: 'prod', sessionLeak: sessionLeak(fromMmps: true,"
                    + " forecast: true, horizon: '7d')");
            Resolution resolution =
                    RestartResolver.resolve(step, UnaryOperator.identity(), null, DeploymentLookup.of(List.of(prod)));
            if (!resolution.ok()) {
                throw new IllegalStateException(resolution.problems().toString());
            }
            NodeRun nodeRun = new NodeRun(
                    resolution.resolved().plan(), SshCredentials.password("admin", password.toCharArray()), null);
            // prints the figures, each web bridge's forecast, the decision, a line per host and the summary
            RunReport report = nodeRun.run(console);
            Path dir = Files.createDirectories(out.resolve("prod"));
            RestartArtifacts.write(report, dir, RestartLogWriter.DEFAULT_FILE_NAME, JsonReportWriter.DEFAULT_FILE_NAME);
            console.println("Restart log and JSON report: " + dir);
        } finally {
            mmps.forEach(MmpSimulator::close);
        }
    }
}
