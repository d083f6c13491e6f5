package io.jenkins.plugins.cmswebbridge.hostkey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.RestartCmsWebBridgesBuilder;
import io.jenkins.plugins.cmswebbridge.RestartCmsWebBridgesStep;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyRejectedException;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsFileVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import java.security.KeyPair;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** What each configured strategy turns into, and how bad input is reported (by field, before connecting). */
class HostKeyStrategiesTest {

    private static final KeyPair KEY = TestKeys.rsa(1);
    private static final KeyPair OTHER = TestKeys.rsa(2);

    private static String line(String host, KeyPair key) {
        return host + " ssh-rsa " + Base64.getEncoder().encodeToString(TestKeys.sshPublicKeyBlob(key.getPublic()));
    }

    @Test
    void knownHostsEntriesAcceptTheListedKeyOnly() throws Exception {
        HostKeyVerifier v = new KnownHostsStrategy(line("mmp1.example.com", KEY)).createVerifier();
        HostAddress host = new HostAddress("mmp1.example.com", 22);
        v.verify(host, "ssh-rsa", TestKeys.sshPublicKeyBlob(KEY.getPublic()));
        HostKeyRejectedException e = assertThrows(
                HostKeyRejectedException.class,
                () -> v.verify(host, "ssh-rsa", TestKeys.sshPublicKeyBlob(OTHER.getPublic())));
        assertTrue(e.getMessage().contains("SHA256:"), e.getMessage());
    }

    @Test
    void manualKeysAcceptTheListedKeyOnly() throws Exception {
        HostKeyVerifier v = new ManualKeysStrategy(line("mmp1.example.com", KEY)).createVerifier();
        v.verify(new HostAddress("mmp1.example.com", 22), "ssh-rsa", TestKeys.sshPublicKeyBlob(KEY.getPublic()));
        assertThrows(
                HostKeyRejectedException.class,
                () -> v.verify(
                        new HostAddress("mmp2.example.com", 22), "ssh-rsa", TestKeys.sshPublicKeyBlob(KEY.getPublic())),
                "a host with no key is refused");
    }

    @Test
    void badEntriesNameTheFieldAndTheLine() {
        IllegalArgumentException a = assertThrows(
                IllegalArgumentException.class,
                () -> new KnownHostsStrategy("mmp1.example.com ssh-rsa\n").createVerifier());
        assertTrue(a.getMessage().startsWith("knownHosts: ") && a.getMessage().contains("line 1"), a.getMessage());
        IllegalArgumentException b =
                assertThrows(IllegalArgumentException.class, () -> new ManualKeysStrategy("").createVerifier());
        assertTrue(b.getMessage().startsWith("keys: "), b.getMessage());
    }

    @Test
    void knownHostsFileDefaultsToTheUsersFileAndIsReadOnTheNode() {
        assertEquals(KnownHostsFileVerifier.DEFAULT_PATH, new KnownHostsFileStrategy(null).getPath());
        assertEquals(KnownHostsFileVerifier.DEFAULT_PATH, new KnownHostsFileStrategy("  ").getPath());
        HostKeyVerifier v = new KnownHostsFileStrategy("/etc/ssh/ssh_known_hosts").createVerifier();
        assertTrue(v instanceof KnownHostsFileVerifier);
        assertEquals("known hosts file /etc/ssh/ssh_known_hosts", v.toString());
    }

    @Test
    void nonVerifyingIsTheOnlyStrategyThatDoesNotVerify() {
        assertFalse(new NonVerifyingStrategy().createVerifier().isVerifying());
        assertTrue(new KnownHostsFileStrategy(null).createVerifier().isVerifying());
        assertTrue(new KnownHostsStrategy(line("h", KEY)).createVerifier().isVerifying());
        assertTrue(new ManualKeysStrategy(line("h", KEY)).createVerifier().isVerifying());
    }

    /**
     * The Snippet Generator (structs' DescribableModel.uninstantiate2) leaves out an optional property whose value
     * equals the one of a control instance made with the same constructor arguments and no setter. Both restart
     * steps return no strategy when none is set (the deployment's, or else the default, applies), so any strategy
     * chosen explicitly, the default included, differs from the control and is written: it overrides a deployment's.
     * Strategies compare by value.
     */
    @Test
    void aStepWithoutAStrategyHasNoneOfItsOwnAndStrategiesCompareByValue() {
        var control = new RestartCmsWebBridgesStep("mmp1", "cms");
        var configured = new RestartCmsWebBridgesBuilder("mmp1", "cms");
        assertNull(control.getHostKeyVerification());
        assertNull(configured.getHostKeyVerification());
        configured.setHostKeyVerification(new KnownHostsFileStrategy(KnownHostsFileVerifier.DEFAULT_PATH));
        assertEquals(HostKeyVerificationStrategy.defaultStrategy(), configured.getHostKeyVerification());
        assertEquals(
                HostKeyVerificationStrategy.defaultStrategy().hashCode(),
                configured.getHostKeyVerification().hashCode());

        for (var other : java.util.List.of(
                new KnownHostsFileStrategy("/etc/ssh/ssh_known_hosts"),
                new KnownHostsStrategy(line("mmp1", KEY)),
                new ManualKeysStrategy(line("mmp1", KEY)),
                new NonVerifyingStrategy())) {
            assertFalse(
                    HostKeyVerificationStrategy.defaultStrategy().equals(other),
                    other.getClass().getSimpleName());
            assertEquals(other, other.getClass() == NonVerifyingStrategy.class ? new NonVerifyingStrategy() : other);
        }
        assertEquals(new KnownHostsStrategy(line("mmp1", KEY)), new KnownHostsStrategy(line("mmp1", KEY)));
        assertFalse(new KnownHostsStrategy(line("mmp1", KEY)).equals(new KnownHostsStrategy(line("mmp1", OTHER))));
        assertFalse(new ManualKeysStrategy(line("mmp1", KEY)).equals(new KnownHostsStrategy(line("mmp1", KEY))));
    }
}
