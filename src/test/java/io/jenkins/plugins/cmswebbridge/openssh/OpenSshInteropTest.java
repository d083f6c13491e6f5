package io.jenkins.plugins.cmswebbridge.openssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.credentials.MmpAuthenticator;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.fleet.FleetRunner;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import io.jenkins.plugins.cmswebbridge.sim.TestSettings;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine against a real OpenSSH sshd on loopback, whose forced command stands in for the MMP. Under CI
 * (CI=true) a missing sshd fails the test instead of skipping it.
 */
class OpenSshInteropTest {

    @AutoClose
    private static OpenSshServer server;

    @BeforeAll
    static void startSshd() throws Exception {
        server = OpenSshServer.startForTests();
    }

    private static HostReport restart(RestartSettings settings, MmpAuthenticator auth, HostKeyVerifier verifier) {
        RunReport report = new FleetRunner(settings, auth, verifier, null)
                .run(List.of(new HostAddress(server.host(), server.port())));
        return report.hosts().get(0);
    }

    private static RestartSettings.Builder settings() {
        return TestSettings.normal();
    }

    private static KnownHostsVerifier knownHosts() {
        return new KnownHostsVerifier(server.knownHostsLine(), "sshd's host key");
    }

    private static MmpAuthenticator key() {
        return SshCredentials.privateKeys(
                server.username(), List.of(server.userPrivateKeyPem().toCharArray()), null);
    }

    private HostReport checked(HostReport r, Outcome expected) {
        assertEquals(expected, r.outcome(), () -> r + "\nsshd log:\n" + server.sshdLog());
        return r;
    }

    @Test
    void restartsWithKeyAuthenticationAndVerifiedHostKey() throws Exception {
        server.failRestarts(false);
        HostReport r =
                checked(restart(settings().verifyAfterRestart(true).build(), key(), knownHosts()), Outcome.RESTARTED);
        assertTrue(r.reason().startsWith("SUCCESS: webbridge restarted"), r.reason());
        assertTrue(r.reason().endsWith("status: Enabled : true"), r.reason());
        List<String> seen = server.commandsSeen();
        assertEquals(List.of("webbridge restart", "webbridge"), seen.subList(seen.size() - 2, seen.size()));
    }

    @Test
    void restartsWithPasswordAuthentication() throws Exception {
        Assumptions.assumeTrue(
                server.passwordAvailable() || "true".equals(System.getenv("CI")),
                "password authentication needs root to set the test account's password");
        server.failRestarts(false);
        HostReport r = checked(
                restart(
                        settings().build(),
                        SshCredentials.password(
                                server.username(), server.password().toCharArray()),
                        knownHosts()),
                Outcome.RESTARTED);
        assertEquals("SUCCESS: webbridge restarted; status: Enabled : true", r.reason());
    }

    @Test
    void restartsWithAnEncryptedKeyAndItsPassphrase() throws Exception {
        server.failRestarts(false);
        String pem = server.userEncryptedPrivateKeyPem();
        assertTrue(pem.contains("ENCRYPTED"), "ssh-keygen did not encrypt the key");
        checked(
                restart(
                        settings().build(),
                        SshCredentials.privateKeys(
                                server.username(),
                                List.of(pem.toCharArray()),
                                OpenSshServer.KEY_PASSPHRASE.toCharArray()),
                        knownHosts()),
                Outcome.RESTARTED);
    }

    @Test
    void triesEachKeyInTurnUntilTheServerAcceptsOne() throws Exception {
        server.failRestarts(false);
        char[] notAuthorised = TestKeys.pkcs1Pem(TestKeys.rsa(9)).toCharArray();
        HostReport r = checked(
                restart(
                        settings().build(),
                        SshCredentials.privateKeys(
                                server.username(),
                                List.of(
                                        notAuthorised,
                                        server.userPrivateKeyPem().toCharArray()),
                                null),
                        knownHosts()),
                Outcome.RESTARTED);
        assertEquals(1, r.attempts());
    }

    @Test
    void failureAnswerAndNonZeroStatusFailTheHost() throws Exception {
        server.failRestarts(true);
        try {
            HostReport r = checked(restart(settings().build(), key(), knownHosts()), Outcome.FAILED);
            assertEquals(FailureKind.COMMAND_FAILED, r.failureKind());
            assertTrue(r.reason().contains("FAILURE: webbridge restart failed"), r.reason());
        } finally {
            server.failRestarts(false);
        }
    }

    @Test
    void unknownHostKeyIsRejected() {
        String other = "[" + server.host() + "]:" + server.port() + " "
                + TestKeys.openSshPublicKey(TestKeys.rsa(7).getPublic());
        HostReport r = checked(
                restart(settings().build(), key(), new KnownHostsVerifier(other, "a stale known_hosts")),
                Outcome.FAILED);
        assertEquals(FailureKind.HOST_KEY_REJECTED, r.failureKind());
        assertTrue(r.reason().contains("Host key mismatch"), r.reason());
    }

    @Test
    void wrongKeyIsAnAuthenticationFailureAndNotRetried() {
        MmpAuthenticator wrong = SshCredentials.privateKeys(
                server.username(), List.of(TestKeys.pkcs1Pem(TestKeys.rsa(8)).toCharArray()), null);
        HostReport r = checked(restart(settings().retries(3).build(), wrong, knownHosts()), Outcome.FAILED);
        assertEquals(FailureKind.AUTHENTICATION_FAILED, r.failureKind());
        assertEquals(1, r.attempts());
    }
}
