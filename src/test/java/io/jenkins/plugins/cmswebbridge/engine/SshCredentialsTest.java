package io.jenkins.plugins.cmswebbridge.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import io.jenkins.plugins.cmswebbridge.sim.TestSettings;
import java.security.KeyPair;
import java.time.Duration;
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

    private HostResult restart(MmpSimulator sim, SshCredentials credentials) {
        KnownHostsVerifier verifier = new KnownHostsVerifier(sim.knownHostsLine(), "test");
        FleetReport report = assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> new FleetRunner(TestSettings.fast().build(), credentials, verifier, null)
                        .run(List.of(new HostAddress(sim.host(), sim.port()))));
        return report.getResults().get(0);
    }

    private static char[] pem(KeyPair keys) {
        return TestKeys.pkcs1Pem(keys).toCharArray();
    }

    private static void assertRestarted(HostResult r, MmpSimulator sim) {
        assertEquals(Outcome.RESTARTED, r.getOutcome(), r.toString());
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
        HostResult r = restart(sim, SshCredentials.password("admin", "not-it".toCharArray()));
        assertEquals(FailureKind.AUTHENTICATION_FAILED, r.getFailureKind(), r.toString());
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
    void encryptedKeyWithoutOrWithAWrongPassphraseIsExplainedWithoutQuotingIt() {
        KeyPair keys = TestKeys.rsa(22);
        MmpSimulator sim = mmps.start(MmpSimulator.builder().username("admin").authorizedKey(keys.getPublic()));
        char[] encrypted = TestKeys.encryptedPkcs1Pem(keys, PASSPHRASE).toCharArray();

        HostResult none = restart(sim, SshCredentials.privateKeys("admin", List.of(encrypted), null));
        assertEquals(FailureKind.AUTHENTICATION_FAILED, none.getFailureKind(), none.toString());
        assertTrue(
                none.getReason()
                        .contains("private key 1 of 1 could not be used: it is encrypted and the"
                                + " credentials have no passphrase"),
                none.getReason());

        HostResult wrong =
                restart(sim, SshCredentials.privateKeys("admin", List.of(encrypted), "wrong-passphrase".toCharArray()));
        assertEquals(FailureKind.AUTHENTICATION_FAILED, wrong.getFailureKind(), wrong.toString());
        assertTrue(wrong.getReason().contains("wrong passphrase"), wrong.getReason());
        assertFalse(wrong.getReason().contains("wrong-passphrase"), wrong.getReason());
        assertTrue(sim.commands().isEmpty());
    }

    @Test
    void keysAreTriedInTurnUntilOneIsAccepted() {
        KeyPair notAuthorised = TestKeys.rsa(23);
        KeyPair authorised = TestKeys.rsa(24);
        MmpSimulator sim = mmps.start(MmpSimulator.builder().username("admin").authorizedKey(authorised.getPublic()));
        HostResult r =
                restart(sim, SshCredentials.privateKeys("admin", List.of(pem(notAuthorised), pem(authorised)), null));
        assertRestarted(r, sim);
        assertTrue(sim.authAttempts() >= 2, "the first key was not offered: " + sim.authAttempts());
    }

    @Test
    void aServerThatOffersNoUsableMethodIsNamedInTheReason() {
        MmpSimulator sim = mmps.start(Fault.NONE); // password only, no key authorised
        HostResult r = restart(sim, SshCredentials.privateKeys("admin", List.of(pem(TestKeys.rsa(25))), null));
        assertEquals(FailureKind.AUTHENTICATION_FAILED, r.getFailureKind(), r.toString());
        assertTrue(
                r.getReason()
                        .contains(
                                "the server offers only [password, keyboard-interactive] for user 'admin', none of which"),
                r.getReason());
        assertTrue(sim.commands().isEmpty());
    }

    @Test
    void destroyedCredentialsCannotAuthenticateAnyMore() {
        MmpSimulator sim = mmps.start(Fault.NONE);
        SshCredentials credentials = SshCredentials.password("admin", PASSWORD.toCharArray());
        credentials.destroy();
        assertTrue(credentials.isDestroyed());
        HostResult r = restart(sim, credentials);
        assertEquals(FailureKind.INTERNAL_ERROR, r.getFailureKind(), r.toString());
        assertTrue(r.getReason().contains("destroyed"), r.getReason());
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
                SshCredentials.privateKeys("ops", List.of("k".toCharArray()), null)
                        .toString());
        assertThrows(IllegalArgumentException.class, () -> SshCredentials.privateKeys("ops", List.of(), null));
    }
}
