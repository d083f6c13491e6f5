package io.jenkins.plugins.cmswebbridge.demo;

import io.jenkins.plugins.cmswebbridge.DemoDeploymentRun;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.fleet.ConsoleFleetListener;
import io.jenkins.plugins.cmswebbridge.engine.fleet.FleetListener;
import io.jenkins.plugins.cmswebbridge.engine.fleet.FleetRunner;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostList;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostListParser;
import io.jenkins.plugins.cmswebbridge.engine.report.ConsoleFormatter;
import io.jenkins.plugins.cmswebbridge.engine.report.JsonReportWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.RestartLogWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.run.RestartArtifacts;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Restarts the web bridge on three simulated MMPs on loopback, the second of which answers {@code FAILURE:},
 * the way the plugin does it in a build: parse the host list, verify host keys from known_hosts, restart one
 * host at a time, print a line per host, then write the restart log and the JSON report. Then a run that names a
 * CMS deployment ({@link DemoDeploymentRun}): the session leak read from three more simulated MMPs over SFTP, then
 * the restart.
 */
public final class Demo {

    private Demo() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "demo-output");
        Files.createDirectories(out);
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        List<MmpSimulator> mmps = new ArrayList<>();
        try {
            for (Fault fault : new Fault[] {Fault.NONE, Fault.FAILURE_OUTPUT, Fault.NONE}) {
                mmps.add(MmpSimulator.builder()
                        .username("admin")
                        .password(password)
                        .fault(fault)
                        .start());
            }
            StringBuilder hostText = new StringBuilder("# three simulated MMPs\n");
            StringBuilder knownHosts = new StringBuilder();
            for (MmpSimulator mmp : mmps) {
                hostText.append(mmp.host()).append(':').append(mmp.port()).append('\n');
                knownHosts.append(mmp.knownHostsLine()).append('\n');
            }
            HostList hosts = HostListParser.parse(hostText.toString(), HostAddress.DEFAULT_SSH_PORT);
            RestartSettings settings = RestartSettings.builder()
                    .verifyAfterRestart(true)
                    .connectTimeout(Duration.ofSeconds(5))
                    .commandTimeout(Duration.ofSeconds(30))
                    .build();
            System.out.println("Restarting " + settings.getService().command() + " on "
                    + hosts.getHosts().size()
                    + " simulated MMPs, one at a time, host keys checked against known_hosts");
            FleetListener console = new ConsoleFleetListener(System.out);
            RunReport report = new FleetRunner(
                            settings,
                            SshCredentials.password("admin", password.toCharArray()),
                            new KnownHostsVerifier(knownHosts.toString(), "the demo's known_hosts"),
                            console)
                    .run(hosts.getHosts());
            System.out.println(ConsoleFormatter.summary(report));

            RestartArtifacts.write(report, out, RestartLogWriter.DEFAULT_FILE_NAME, JsonReportWriter.DEFAULT_FILE_NAME);
            Path logFile = out.resolve(RestartLogWriter.DEFAULT_FILE_NAME);
            Path jsonFile = out.resolve(JsonReportWriter.DEFAULT_FILE_NAME);
            String log = Files.readString(logFile, StandardCharsets.UTF_8);
            System.out.println();
            System.out.println("Restart log (" + logFile + "):");
            System.out.print(log);
            System.out.println();
            System.out.println("JSON report: " + jsonFile);

            System.out.println();
            System.out.println("Deployment 'prod': the session leak and each web bridge's forecast read from the MMPs'"
                    + " own logs over SFTP, then the restart");
            DemoDeploymentRun.run(out, password, System.out);
        } finally {
            mmps.forEach(MmpSimulator::close);
        }
    }
}
