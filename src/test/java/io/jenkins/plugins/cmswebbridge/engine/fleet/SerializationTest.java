package io.jenkins.plugins.cmswebbridge.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.cmswebbridge.engine.credentials.PrivateKeyKind;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyRejectedException;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.ManualKeysVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostList;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostListParser;
import io.jenkins.plugins.cmswebbridge.engine.report.JsonReportWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.RestartLogWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.report.TestReports;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.restart.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What travels between the controller and the agent running the build survives Java serialization. */
public class SerializationTest {

    /** The value after Java serialization and back, as remoting sends it; also for other tests. */
    @SuppressWarnings("unchecked")
    public static <T extends Serializable> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void settingsAndHostListSurvive() throws Exception {
        RestartSettings s = roundTrip(RestartSettings.builder()
                .service(WebBridgeService.WEBBRIDGE3)
                .parallelism(7)
                .commandTimeout(Duration.ofSeconds(42))
                .dryRun(true)
                .build());
        assertEquals(WebBridgeService.WEBBRIDGE3, s.getService());
        assertEquals(7, s.getParallelism());
        assertEquals(Duration.ofSeconds(42), s.getCommandTimeout());
        HostList hosts = roundTrip(HostListParser.parse("a.example\n[::1]:2222\na.example", 22));
        assertEquals("[::1]:2222", hosts.getHosts().get(1).display());
        assertEquals(1, hosts.getDuplicates().size());
    }

    @Test
    void verifiersStillVerifyAfterTheTrip() throws Exception {
        var key = TestKeys.rsa(0).getPublic();
        byte[] blob = TestKeys.sshPublicKeyBlob(key);
        KnownHostsVerifier known = roundTrip(new KnownHostsVerifier("mmp1 " + TestKeys.openSshPublicKey(key), "test"));
        assertDoesNotThrow(() -> known.verify(new HostAddress("mmp1", 22), "ssh-rsa", blob));
        assertThrows(HostKeyRejectedException.class, () -> known.verify(new HostAddress("mmp2", 22), "ssh-rsa", blob));
        ManualKeysVerifier manual = roundTrip(ManualKeysVerifier.parse("mmp1 " + TestKeys.openSshPublicKey(key)));
        assertDoesNotThrow(() -> manual.verify(new HostAddress("mmp1", 22), "ssh-rsa", blob));
    }

    @Test
    void reportSurvives() throws Exception {
        RunReport sent = TestReports.sample();
        RunReport report = roundTrip(sent);
        assertEquals(RestartLogWriter.render(sent), RestartLogWriter.render(report));
        assertEquals(JsonReportWriter.render(sent), JsonReportWriter.render(report));
        assertEquals(FailureKind.CONNECTION_REFUSED, report.hosts().get(1).failureKind());
        assertEquals(1234, report.hosts().get(2).outputDroppedBytes());
    }

    @Test
    void authenticatorsSurviveWithoutShowingSecrets() throws Exception {
        SshCredentials p = roundTrip(SshCredentials.password("admin", "s3cret".toCharArray()));
        assertEquals("a password for user admin", p.toString());
        SshCredentials k = roundTrip(SshCredentials.privateKeys(
                "admin",
                List.of(
                        TestKeys.pkcs1Pem(TestKeys.rsa(70)).toCharArray(),
                        TestKeys.encryptedPkcs1Pem(TestKeys.rsa(71), "pass").toCharArray()),
                "pass".toCharArray()));
        assertEquals("2 private keys for user admin", k.toString());
        assertEquals(2, k.keyCount());
        assertEquals(
                List.of(
                        new PrivateKeyKind(
                                PrivateKeyKind.Format.PEM,
                                PrivateKeyKind.Algorithm.RSA,
                                false,
                                PrivateKeyKind.Damage.NONE,
                                null),
                        new PrivateKeyKind(
                                PrivateKeyKind.Format.PEM,
                                PrivateKeyKind.Algorithm.RSA,
                                true,
                                PrivateKeyKind.Damage.NONE,
                                null)),
                k.keyKinds());
    }
}
