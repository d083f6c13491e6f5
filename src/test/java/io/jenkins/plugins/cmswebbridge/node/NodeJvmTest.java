package io.jenkins.plugins.cmswebbridge.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trilead.ssh2.Connection;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.fleet.NodeRun;
import io.jenkins.plugins.cmswebbridge.engine.fleet.RestartPlan;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import io.jenkins.plugins.cmswebbridge.sim.TestSettings;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node side of a restart, proven in a JVM of its own that holds only what an agent needs from this plugin:
 * the plugin's classes and trilead, with no Jenkins class and no stand-in. Each run is built here as the
 * controller builds it (hosts, settings, the engine's plain credentials, the host key verifier, a condition),
 * serialized, read back there, run against simulated MMPs, and its report sent back. A node side that touched
 * any Jenkins class (ssh-credentials' authenticator factories, for one) would end that JVM with a
 * {@link NoClassDefFoundError}.
 */
class NodeJvmTest {

    private static final String PASSWORD = "Node-Passw0rd-not-in-the-console";
    private static final String PASSPHRASE = "Node-key-passphrase";

    @AutoClose
    private final SimulatedMmps mmps = new SimulatedMmps("admin", PASSWORD);

    private static RestartSettings settings() {
        return TestSettings.normal().build();
    }

    private NodeRun nodeRun(MmpSimulator sim, SshCredentials credentials) {
        return new NodeRun(
                List.of(new HostAddress(sim.host(), sim.port())),
                settings(),
                credentials,
                new KnownHostsVerifier(sim.knownHostsLine(), "the job configuration"));
    }

    private static MmpSimulator.Builder acceptingKey(KeyPair key) {
        return MmpSimulator.builder().username("admin").authorizedKey(key.getPublic());
    }

    @Test
    void everyCredentialKindRestartsFromAJvmWithoutJenkins(@TempDir Path dir) throws Exception {
        KeyPair plain = TestKeys.rsa(40);
        KeyPair encrypted = TestKeys.rsa(41);
        KeyPair second = TestKeys.rsa(42);
        MmpSimulator byPassword =
                mmps.start(MmpSimulator.builder().username("admin").password(PASSWORD));
        MmpSimulator byKey = mmps.start(acceptingKey(plain));
        MmpSimulator byEncryptedKey = mmps.start(acceptingKey(encrypted));
        MmpSimulator bySecondKey = mmps.start(acceptingKey(second));
        MmpSimulator withCondition =
                mmps.start(MmpSimulator.builder().username("admin").password(PASSWORD));

        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        Files.writeString(
                workspace.resolve("syslog"),
                String.join(
                        "\n",
                        "2026-11-28T02:00:00Z fe1 \"webbridge\": INFO : [DEBUGGING] Stats 149, c:3477, d:3170",
                        "2026-11-28T02:00:00Z cb1 host:server: INFO : STATS: {\"callLegs\": \"20/24\", \"CMA\": \"14/17\"}",
                        ""),
                StandardCharsets.UTF_8);

        List<NodeRun> jobs = List.of(
                nodeRun(byPassword, SshCredentials.password("admin", PASSWORD.toCharArray())),
                nodeRun(
                        byKey,
                        SshCredentials.privateKeys(
                                "admin", List.of(TestKeys.pkcs1Pem(plain).toCharArray()), null)),
                nodeRun(
                        byEncryptedKey,
                        SshCredentials.privateKeys(
                                "admin",
                                List.of(TestKeys.encryptedPkcs1Pem(encrypted, PASSPHRASE)
                                        .toCharArray()),
                                PASSPHRASE.toCharArray())),
                nodeRun(
                        bySecondKey,
                        SshCredentials.privateKeys(
                                "admin",
                                List.of(
                                        TestKeys.pkcs1Pem(TestKeys.rsa(43)).toCharArray(),
                                        TestKeys.pkcs1Pem(second).toCharArray()),
                                null)),
                new NodeRun(
                        new RestartPlan(
                                List.of(new HostAddress(withCondition.host(), withCondition.port())),
                                settings(),
                                new KnownHostsVerifier(withCondition.knownHostsLine(), "the job configuration"),
                                new SessionLeakSettings(workspace.toString(), "syslog*", 100, null),
                                null),
                        SshCredentials.password("admin", PASSWORD.toCharArray()),
                        null));

        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            Path jobFile = dir.resolve("job" + i + ".ser");
            try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(jobFile))) {
                out.writeObject(jobs.get(i));
            }
            arguments.add(jobFile.toString());
            arguments.add(dir.resolve("report" + i + ".ser").toString());
        }

        String console = runNodeJvm(dir, arguments);

        assertTrue(console.contains("jenkins classes: absent"), console);
        assertFalse(console.contains(PASSWORD) || console.contains(PASSPHRASE), "a secret reached the console");
        assertTrue(console.contains("restart needed: 135 leaked >= 100"), console);
        for (int i = 0; i < jobs.size(); i++) {
            HostReport result = reportOf(dir, i).hosts().get(0);
            assertEquals(Outcome.RESTARTED, result.outcome(), "run " + i + ": " + result + "\n" + console);
            assertEquals(List.of("webbridge restart", "webbridge"), mmps.get(i).commands(), "run " + i);
        }
        assertEquals(135L, reportOf(dir, 4).sessions().leaked());
    }

    private static RunReport reportOf(Path dir, int index) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in =
                new ObjectInputStream(Files.newInputStream(dir.resolve("report" + index + ".ser")))) {
            return (RunReport) in.readObject();
        }
    }

    /**
     * Starts {@link NodeJvmMain} with the plugin's classes, trilead and that one class on the class path, and
     * returns what it printed.
     */
    private static String runNodeJvm(Path dir, List<String> arguments) throws Exception {
        Path mainOnly = Files.createDirectories(dir.resolve("main-class"));
        Path source =
                location(NodeJvmMain.class).resolve(NodeJvmMain.class.getName().replace('.', '/') + ".class");
        Path target = mainOnly.resolve(NodeJvmMain.class.getName().replace('.', '/') + ".class");
        Files.createDirectories(target.getParent());
        try (DirectoryStream<Path> classes = Files.newDirectoryStream(source.getParent(), "NodeJvmMain*.class")) {
            for (Path c : classes) {
                Files.copy(c, target.getParent().resolve(c.getFileName()));
            }
        }
        String classPath = String.join(
                File.pathSeparator,
                location(NodeRun.class).toString(),
                location(Connection.class).toString(),
                mainOnly.toString());
        assertFalse(classPath.contains("stand-ins"), classPath);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classPath,
                NodeJvmMain.class.getName()));
        command.addAll(arguments);
        Path log = dir.resolve("node-console.txt");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(finished, "the node JVM did not finish:\n" + output);
        assertEquals(0, process.exitValue(), "the node JVM failed:\n" + output);
        return output;
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
