package io.jenkins.plugins.cmswebbridge.engine.hostkey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HostKeyVerifiersTest {

    private static final byte[] KEY_A =
            TestKeys.sshPublicKeyBlob(TestKeys.rsa(0).getPublic());
    private static final byte[] KEY_B =
            TestKeys.sshPublicKeyBlob(TestKeys.rsa(1).getPublic());
    private static final String LINE_A =
            TestKeys.openSshPublicKey(TestKeys.rsa(0).getPublic());

    @Test
    void fingerprintIsWhatSshKeygenPrints() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(KEY_A);
        String expected = "SHA256:" + Base64.getEncoder().encodeToString(digest).replace("=", "");
        assertEquals(expected, Fingerprints.sha256(KEY_A));
        assertEquals("ssh-rsa", Fingerprints.keyType(KEY_A));
        assertEquals("unknown", Fingerprints.keyType(new byte[] {1, 2}));
    }

    @Test
    void knownHostsAcceptsTheListedKeyOnTheDefaultPort() {
        KnownHostsVerifier v = new KnownHostsVerifier("# comment\nmmp1.example.com " + LINE_A + "\n", "test");
        assertDoesNotThrow(() -> v.verify(new HostAddress("mmp1.example.com", 22), "ssh-rsa", KEY_A));
        // this trilead's KnownHosts leaves RSA hosts to its default list, which starts with ssh-rsa
        assertNull(v.preferredAlgorithms(new HostAddress("mmp1.example.com", 22), DEBIAN_TRILEAD));
        assertNull(v.preferredAlgorithms(new HostAddress("unknown.example.com", 22), DEBIAN_TRILEAD));
    }

    /** What Debian's trilead build217-jenkins-8 (the offline build's) can negotiate. */
    private static final String[] DEBIAN_TRILEAD = {"ssh-rsa", "ssh-dss"};
    /** What the trilead of the trilead-api plugin can negotiate, in its order. */
    private static final String[] MODERN_TRILEAD = {
        "ssh-ed25519",
        "ecdsa-sha2-nistp521",
        "ecdsa-sha2-nistp384",
        "ecdsa-sha2-nistp256",
        "rsa-sha2-256",
        "rsa-sha2-512",
        "ssh-rsa",
        "ssh-dss"
    };

    @Test
    void anRsaKeyIsProvenByAnyRsaSignatureAlgorithm() {
        ManualKeysVerifier manual = ManualKeysVerifier.parse("mmp1 " + LINE_A);
        KnownHostsVerifier known = new KnownHostsVerifier("mmp1 " + LINE_A, "test");
        HostAddress mmp1 = new HostAddress("mmp1", 22);
        for (String algorithm : new String[] {"rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"}) {
            assertDoesNotThrow(() -> manual.verify(mmp1, algorithm, KEY_A), algorithm);
        }
        assertDoesNotThrow(() -> known.verify(mmp1, "ssh-rsa", KEY_A));
        HostKeyRejectedException e =
                assertThrows(HostKeyRejectedException.class, () -> manual.verify(mmp1, "rsa-sha2-512", KEY_B));
        assertTrue(e.getMessage().contains("the server offered ssh-rsa " + Fingerprints.sha256(KEY_B)), e.getMessage());
        assertThrows(HostKeyRejectedException.class, () -> manual.verify(mmp1, "ssh-ed25519", KEY_A));
    }

    @Test
    void rsaKeysAskForTheSha2AlgorithmsFirstWhereTheLibraryHasThem() {
        ManualKeysVerifier manual = ManualKeysVerifier.parse("mmp1 " + LINE_A);
        HostAddress mmp1 = new HostAddress("mmp1", 22);
        assertArrayEquals(
                new String[] {"rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"},
                manual.preferredAlgorithms(mmp1, MODERN_TRILEAD));
        assertArrayEquals(new String[] {"ssh-rsa"}, manual.preferredAlgorithms(mmp1, DEBIAN_TRILEAD));
        assertArrayEquals(
                new String[] {"rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"},
                HostKeyAlgorithms.preferred(java.util.List.of("ssh-rsa"), MODERN_TRILEAD));
        assertArrayEquals(
                new String[] {"ssh-ed25519"},
                HostKeyAlgorithms.preferred(java.util.List.of("ssh-ed25519"), MODERN_TRILEAD));
        assertNull(HostKeyAlgorithms.preferred(java.util.List.of("ssh-ed25519"), DEBIAN_TRILEAD));
        assertEquals("ssh-rsa", HostKeyAlgorithms.keyType("rsa-sha2-256"));
        assertEquals("ssh-ed25519", HostKeyAlgorithms.keyType("ssh-ed25519"));
    }

    @Test
    void knownHostsUsesBracketsForOtherPorts() {
        KnownHostsVerifier v = new KnownHostsVerifier("[10.0.0.5]:2222 " + LINE_A, "test");
        assertDoesNotThrow(() -> v.verify(new HostAddress("10.0.0.5", 2222), "ssh-rsa", KEY_A));
        HostKeyRejectedException e = assertThrows(
                HostKeyRejectedException.class, () -> v.verify(new HostAddress("10.0.0.6", 2222), "ssh-rsa", KEY_A));
        assertTrue(e.getMessage().startsWith("No known host key for [10.0.0.6]:2222 in test"), e.getMessage());
    }

    @Test
    void knownHostsMismatchNamesTheOfferedFingerprint() {
        KnownHostsVerifier v = new KnownHostsVerifier("mmp1 " + LINE_A, "the job configuration");
        HostKeyRejectedException e = assertThrows(
                HostKeyRejectedException.class, () -> v.verify(new HostAddress("mmp1", 22), "ssh-rsa", KEY_B));
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "Host key mismatch for mmp1: the server offered ssh-rsa " + Fingerprints.sha256(KEY_B)),
                e.getMessage());
        assertTrue(e.getMessage().contains("the job configuration"), e.getMessage());
    }

    @Test
    void knownHostsTextIsValidatedWithLineNumbers() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new KnownHostsVerifier("mmp1 " + LINE_A + "\nmmp2 ssh-rsa\nmmp3 ssh-rsa !!!notbase64", "file x"));
        assertTrue(e.getMessage().contains("line 2 is not a known_hosts entry"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3 has a key that is not valid base64"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new KnownHostsVerifier("\n# nothing\n", "file y"));
        assertTrue(e.getMessage().contains("no entries"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> new KnownHostsVerifier("mmp1 ssh-ed25519 " + LINE_A.split(" ")[1], "file z"));
        assertTrue(e.getMessage().contains("says ssh-ed25519 but the key inside is of type ssh-rsa"), e.getMessage());
    }

    @Test
    void hashedKnownHostsEntriesWork() {
        String hashed = com.trilead.ssh2.KnownHosts.createHashedHostname("mmp9.example.com");
        KnownHostsVerifier v = new KnownHostsVerifier(hashed + " " + LINE_A, "test");
        assertDoesNotThrow(() -> v.verify(new HostAddress("mmp9.example.com", 22), "ssh-rsa", KEY_A));
    }

    @Test
    void manualKeysMatchByHostAndPortThenHost() {
        ManualKeysVerifier v =
                ManualKeysVerifier.parse("mmp1.example.com " + LINE_A + " admin@console\n" + "mmp1.example.com:2222 "
                        + TestKeys.openSshPublicKey(TestKeys.rsa(1).getPublic()));
        assertDoesNotThrow(() -> v.verify(new HostAddress("MMP1.example.com", 22), "ssh-rsa", KEY_A));
        assertDoesNotThrow(() -> v.verify(new HostAddress("mmp1.example.com", 2222), "ssh-rsa", KEY_B));
        HostKeyRejectedException e = assertThrows(
                HostKeyRejectedException.class,
                () -> v.verify(new HostAddress("mmp1.example.com", 2222), "ssh-rsa", KEY_A));
        assertTrue(e.getMessage().contains("offered ssh-rsa " + Fingerprints.sha256(KEY_A)), e.getMessage());
        assertTrue(e.getMessage().contains("expected ssh-rsa " + Fingerprints.sha256(KEY_B)), e.getMessage());
        e = assertThrows(
                HostKeyRejectedException.class, () -> v.verify(new HostAddress("other", 22), "ssh-rsa", KEY_A));
        assertTrue(e.getMessage().startsWith("No host key was provided for other:22"), e.getMessage());
    }

    @Test
    void manualKeysAreValidated() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ManualKeysVerifier.parse("mmp1\n"));
        assertTrue(e.getMessage().contains("line 1 has a host but no key"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ManualKeysVerifier.parse("# nothing"));
        assertTrue(e.getMessage().contains("at least one"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ManualKeysVerifier.parse("mmp\n".repeat(5_000)));
        assertTrue(e.getMessage().endsWith("; and 4980 more"), e.getMessage());
        assertTrue(
                e.getMessage().length() < 1_500, "message of " + e.getMessage().length() + " characters");
    }

    @Test
    void nonVerifyingAcceptsAnythingAndSaysSo() {
        NonVerifyingVerifier v = new NonVerifyingVerifier();
        assertDoesNotThrow(() -> v.verify(new HostAddress("x", 22), "ssh-rsa", KEY_B));
        assertFalse(v.isVerifying());
        assertTrue(new KnownHostsVerifier("x " + LINE_A, "t").isVerifying());
    }

    @Test
    void knownHostsAreReadAsOpenSshReadsThemNotAsTrileadSplitsThem() {
        String key = LINE_A.split(" ")[1];
        KnownHostsVerifier v = new KnownHostsVerifier(
                "mmp1\tssh-rsa\t" + key + "\n" + "mmp2  ssh-rsa   " + key + "  a comment\n", "test");
        assertDoesNotThrow(() -> v.verify(new HostAddress("mmp1", 22), "ssh-rsa", KEY_A), "tab-separated line");
        assertDoesNotThrow(() -> v.verify(new HostAddress("mmp2", 22), "ssh-rsa", KEY_A), "double spaces");
    }

    @Test
    void linesTrileadCannotHonourAreRefusedByLineWithoutQuotingThem() {
        String key = LINE_A.split(" ")[1];
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new KnownHostsVerifier(
                        "@cert-authority *.example.com ssh-rsa " + key + "\n"
                                + "@revoked mmp1 ssh-rsa " + key + "\n"
                                + "mmp1,,mmp2 ssh-rsa " + key + "\n"
                                + "mmp3 s3cr3tPassw0rd " + key + "\n",
                        "file z"));
        String m = e.getMessage();
        assertTrue(m.contains("line 1 uses @cert-authority"), m);
        assertTrue(m.contains("line 2 uses @revoked"), m);
        assertTrue(m.contains("line 3 has an empty name in its list of hosts"), m);
        assertTrue(m.contains("line 4 does not name a known SSH key type"), m);
        assertFalse(m.contains("s3cr3tPassw0rd") || m.contains(key.substring(0, 20)), m);
    }

    @Test
    void keysOfATypeThisTrileadCannotCheckAreLeftOutAndNamed() {
        // a syntactically valid ed25519 line; Debian's trilead (the offline build's) cannot check such keys
        byte[] blob = ed25519Blob();
        String line = "mmp1 ssh-ed25519 " + Base64.getEncoder().encodeToString(blob);
        KnownHostsVerifier v = new KnownHostsVerifier(line, "test");
        HostKeyRejectedException e = assertThrows(
                HostKeyRejectedException.class, () -> v.verify(new HostAddress("mmp1", 22), "ssh-rsa", KEY_A));
        assertTrue(e.getMessage().contains("Lines with ssh-ed25519 keys were left out"), e.getMessage());
    }

    private static byte[] ed25519Blob() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] type = "ssh-ed25519".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeBytes(new byte[] {0, 0, 0, (byte) type.length});
        out.writeBytes(type);
        out.writeBytes(new byte[] {0, 0, 0, 32});
        out.writeBytes(new byte[32]);
        return out.toByteArray();
    }
}
