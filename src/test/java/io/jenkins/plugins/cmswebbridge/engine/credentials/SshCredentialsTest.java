package io.jenkins.plugins.cmswebbridge.engine.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trilead.ssh2.crypto.PEMDecoder;
import io.jenkins.plugins.cmswebbridge.engine.fleet.FleetRunner;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import io.jenkins.plugins.cmswebbridge.sim.TestSettings;
import java.io.IOException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * {@link SshCredentials} against simulated MMPs: every kind of secret material a Jenkins SSH credential can
 * hold authenticates with trilead directly, in the fleet's own worker threads.
 */
class SshCredentialsTest {

    private static final String PASSWORD = "Mmp-Passw0rd-not-for-logs";
    private static final String PASSPHRASE = "key-Passphrase-not-for-logs";

    @AutoClose
    private final SimulatedMmps mmps = new SimulatedMmps("admin", PASSWORD);

    private HostReport restart(MmpSimulator sim, SshCredentials credentials) {
        KnownHostsVerifier verifier = new KnownHostsVerifier(sim.knownHostsLine(), "test");
        RunReport report = assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> new FleetRunner(TestSettings.fast().build(), credentials, verifier, null)
                        .run(List.of(new HostAddress(sim.host(), sim.port()))));
        return report.hosts().get(0);
    }

    private static char[] pem(KeyPair keys) {
        return TestKeys.pkcs1Pem(keys).toCharArray();
    }

    private static void assertRestarted(HostReport r, MmpSimulator sim) {
        assertEquals(Outcome.RESTARTED, r.outcome(), r.toString());
        assertEquals(List.of("webbridge restart", "webbridge"), sim.commands());
    }

    @Test
    void passwordIsSentWithThePasswordMethod() {
        MmpSimulator sim = mmps.start(Fault.NONE);
        assertRestarted(restart(sim, SshCredentials.password("admin", PASSWORD.toCharArray())), sim);
    }

    @Test
    void passwordIsAnsweredToAKeyboardInteractivePrompt() {
        MmpSimulator sim = mmps.start(
                MmpSimulator.builder().username("admin").password(PASSWORD).keyboardInteractiveOnly());
        assertRestarted(restart(sim, SshCredentials.password("admin", PASSWORD.toCharArray())), sim);
    }

    @Test
    void wrongPasswordIsRefusedWithoutRetry() {
        MmpSimulator sim = mmps.start(Fault.NONE);
        HostReport r = restart(sim, SshCredentials.password("admin", "not-it".toCharArray()));
        assertEquals(FailureKind.AUTHENTICATION_FAILED, r.failureKind(), r.toString());
        assertTrue(sim.commands().isEmpty());
    }

    @Test
    void pemKeyAuthenticates() {
        KeyPair keys = TestKeys.rsa(20);
        MmpSimulator sim = mmps.start(MmpSimulator.builder().username("admin").authorizedKey(keys.getPublic()));
        assertRestarted(restart(sim, SshCredentials.privateKeys("admin", List.of(pem(keys)), null)), sim);
    }

    @Test
    void encryptedKeyAuthenticatesWithItsPassphrase() {
        KeyPair keys = TestKeys.rsa(21);
        MmpSimulator sim = mmps.start(MmpSimulator.builder().username("admin").authorizedKey(keys.getPublic()));
        char[] encrypted = TestKeys.encryptedPkcs1Pem(keys, PASSPHRASE).toCharArray();
        assertRestarted(
                restart(sim, SshCredentials.privateKeys("admin", List.of(encrypted), PASSPHRASE.toCharArray())), sim);
    }

    @Test
    void anEncryptedKeyWithoutAPassphraseIsRefusedBeforeAnyConnection() {
        char[] encrypted =
                TestKeys.encryptedPkcs1Pem(TestKeys.rsa(22), PASSPHRASE).toCharArray();
        InvalidValueException e = assertThrows(
                InvalidValueException.class, () -> SshCredentials.privateKeys("admin", List.of(encrypted), null));
        assertEquals(
                "private key 1 of 1 is encrypted and the credentials have no passphrase: add the key's passphrase to"
                        + " the credentials",
                e.getMessage());
        assertThrows(
                InvalidValueException.class,
                () -> SshCredentials.privateKeys("admin", List.of(encrypted), new char[0]),
                "an empty passphrase is none");
    }

    @Test
    void aWrongPassphraseIsSaidFromWhatTheKeyIsWithoutQuotingIt() {
        KeyPair keys = TestKeys.rsa(22);
        MmpSimulator sim = mmps.start(MmpSimulator.builder().username("admin").authorizedKey(keys.getPublic()));
        char[] encrypted = TestKeys.encryptedPkcs1Pem(keys, PASSPHRASE).toCharArray();
        HostReport wrong =
                restart(sim, SshCredentials.privateKeys("admin", List.of(encrypted), "wrong-passphrase".toCharArray()));
        assertEquals(FailureKind.AUTHENTICATION_FAILED, wrong.failureKind(), wrong.toString());
        assertTrue(
                wrong.reason()
                        .endsWith(" failed: private key 1 of 1 (an RSA key in PEM form, encrypted) could not be read:"
                                + " the passphrase in the credentials does not decrypt it (or the key is damaged):"
                                + " check the passphrase (not retried)"),
                wrong.reason());
        assertFalse(wrong.reason().contains("wrong-passphrase"), wrong.reason());
        assertEquals(1, wrong.attempts());
        assertTrue(sim.commands().isEmpty());
    }

    @Test
    void aKeyTheLibraryFailsOnWithAnUncheckedExceptionIsAKeyProblemNotAnInternalError() {
        // a DEK-Info whose IV is not hexadecimal: every trilead build throws IllegalArgumentException from its
        // PEMDecoder, which build 371 lets out of authenticateWithPublicKey for an OpenSSH cipher it does not know too
        KeyPair keys = TestKeys.rsa(26);
        MmpSimulator sim = mmps.start(MmpSimulator.builder().username("admin").authorizedKey(keys.getPublic()));
        String pem = TestKeys.encryptedPkcs1Pem(keys, PASSPHRASE);
        char[] broken = pem.replaceFirst("AES-128-CBC,[0-9A-F]+", "AES-128-CBC," + "ZZ".repeat(16))
                .toCharArray();
        HostReport r = restart(sim, SshCredentials.privateKeys("admin", List.of(broken), PASSPHRASE.toCharArray()));
        assertEquals(FailureKind.AUTHENTICATION_FAILED, r.failureKind(), r.toString());
        assertTrue(
                r.reason()
                        .contains("private key 1 of 1 (an RSA key in PEM form, encrypted) could not be read: the"
                                + " passphrase in the credentials does not decrypt it (or the key is damaged)"),
                r.reason());
        assertTrue(sim.commands().isEmpty());
    }

    @Test
    void aDamagedKeyIsSaidToBeDamagedAndTheKeysAfterItAreNotTried() {
        KeyPair keys = TestKeys.rsa(27);
        MmpSimulator sim = mmps.start(MmpSimulator.builder().username("admin").authorizedKey(keys.getPublic()));
        String notDer = "-----BEGIN RSA PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(new byte[300]) + "\n-----END RSA PRIVATE KEY-----\n";
        HostReport r =
                restart(sim, SshCredentials.privateKeys("admin", List.of(notDer.toCharArray(), pem(keys)), null));
        assertEquals(FailureKind.AUTHENTICATION_FAILED, r.failureKind(), r.toString());
        assertTrue(
                r.reason()
                        .contains("private key 1 of 2 (an RSA key in PEM form) could not be read: the key is damaged:"
                                + " paste the whole key file again; the keys after it were not tried"),
                r.reason());
        assertTrue(sim.commands().isEmpty());
    }

    @Test
    void everyKeyThatCannotBeUsedIsNamedBeforeAnyConnection() {
        char[] good = pem(TestKeys.rsa(28));
        char[] pkcs8 = TestKeys.pkcs8Pem(TestKeys.rsa(28)).toCharArray();
        char[] publicKey =
                TestKeys.openSshPublicKey(TestKeys.rsa(28).getPublic()).toCharArray();
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> SshCredentials.privateKeys("admin", List.of(good, pkcs8, publicKey), null));
        assertEquals(
                "private key 2 of 3 is in PKCS#8 form ('BEGIN PRIVATE KEY' or 'BEGIN ENCRYPTED PRIVATE KEY'), which the"
                        + " SSH library in Jenkins does not read: convert it to PEM form with 'ssh-keygen -p -m PEM -f"
                        + " KEYFILE'; private key 3 of 3 is a public key: paste the private key (the key file without"
                        + " .pub) instead",
                e.getMessage());
        assertEquals(ProblemCode.LIST_THEN, e.getProblem().code());
        String body = new String(pkcs8).lines().skip(2).findFirst().orElseThrow();
        assertFalse(e.getMessage().contains(body.substring(0, 20)), "the key was quoted");
    }

    @Test
    void onlyWhatTheLibraryThrowsWhileReadingTheKeyIsTakenForAKeyProblem() {
        @SuppressWarnings("deprecation") // every trilead build has it; build 371 deprecates it for decodeKeyPair
        IOException reading = assertThrows(IOException.class, () -> PEMDecoder.decode("not a key".toCharArray(), null));
        assertTrue(SshCredentials.whileReadingKey(reading));
        assertTrue(SshCredentials.whileReadingKey(new IOException("Publickey authentication failed.", reading)));
        assertFalse(SshCredentials.whileReadingKey(new IOException("Publickey authentication failed.")));
        assertFalse(SshCredentials.whileReadingKey(
                new IOException("Publickey authentication failed.", new java.net.SocketException("reset"))));
    }

    @Test
    void keysAreTriedInTurnUntilOneIsAccepted() {
        KeyPair notAuthorised = TestKeys.rsa(23);
        KeyPair authorised = TestKeys.rsa(24);
        MmpSimulator sim = mmps.start(MmpSimulator.builder().username("admin").authorizedKey(authorised.getPublic()));
        HostReport r =
                restart(sim, SshCredentials.privateKeys("admin", List.of(pem(notAuthorised), pem(authorised)), null));
        assertRestarted(r, sim);
        assertTrue(sim.authAttempts() >= 2, "the first key was not offered: " + sim.authAttempts());
    }

    @Test
    void aServerThatOffersNoUsableMethodIsNamedInTheReason() {
        MmpSimulator sim = mmps.start(Fault.NONE); // password only, no key authorised
        HostReport r = restart(sim, SshCredentials.privateKeys("admin", List.of(pem(TestKeys.rsa(25))), null));
        assertEquals(FailureKind.AUTHENTICATION_FAILED, r.failureKind(), r.toString());
        assertTrue(
                r.reason()
                        .contains(
                                "the server offers only [password, keyboard-interactive] for user 'admin', none of which"),
                r.reason());
        assertTrue(sim.commands().isEmpty());
    }

    @Test
    void destroyedCredentialsCannotAuthenticateAnyMore() {
        MmpSimulator sim = mmps.start(Fault.NONE);
        SshCredentials credentials = SshCredentials.password("admin", PASSWORD.toCharArray());
        credentials.destroy();
        assertTrue(credentials.isDestroyed());
        HostReport r = restart(sim, credentials);
        assertEquals(FailureKind.INTERNAL_ERROR, r.failureKind(), r.toString());
        assertTrue(r.reason().contains("destroyed"), r.reason());
        assertTrue(sim.commands().isEmpty());
    }

    @Test
    void factoriesCopyTheirArraysAndNameNoSecret() {
        char[] password = PASSWORD.toCharArray();
        SshCredentials credentials = SshCredentials.password("admin", password);
        java.util.Arrays.fill(password, 'x');
        assertEquals("a password for user admin", credentials.toString());
        MmpSimulator sim = mmps.start(Fault.NONE);
        assertRestarted(restart(sim, credentials), sim);
        assertEquals(
                "a private key for user ops",
                SshCredentials.privateKeys("ops", List.of(pem(TestKeys.rsa(25))), null)
                        .toString());
        assertThrows(IllegalArgumentException.class, () -> SshCredentials.privateKeys("ops", List.of(), null));
    }
}
