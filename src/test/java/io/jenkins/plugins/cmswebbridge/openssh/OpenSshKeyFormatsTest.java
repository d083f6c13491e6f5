package io.jenkins.plugins.cmswebbridge.openssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.fleet.FleetRunner;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import io.jenkins.plugins.cmswebbridge.sim.SshKeygen;
import io.jenkins.plugins.cmswebbridge.sim.SshKeygen.Form;
import io.jenkins.plugins.cmswebbridge.sim.TestSettings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every private key form of issue 18's table, made by {@code ssh-keygen}, plain and encrypted, against a real OpenSSH
 * sshd: the key restarts the MMP where the trilead on the class path reads it, and otherwise the user is told what
 * the key is and what to do, in the same words whichever trilead it is. The offline build runs Debian's trilead
 * (build217-jenkins-8), which reads only RSA and DSA keys in PEM form; the real build runs the trilead-api plugin's
 * (build-217-jenkins-371), which also reads keys in OpenSSH form (RSA, ed25519, ECDSA) and ECDSA keys in PEM form.
 * Neither reads PKCS#8, which is refused before anything connects.
 */
class OpenSshKeyFormatsTest {

    /** Whether the trilead on the class path is the trilead-api plugin's kind, with its key algorithm registry. */
    private static final boolean MODERN_TRILEAD = hasClass("com.trilead.ssh2.signature.KeyAlgorithmManager");

    @AutoClose
    private static OpenSshServer server;

    @BeforeAll
    static void startSshdAndAuthorizeEveryKey() throws Exception {
        server = OpenSshServer.startForTests();
        for (Arguments a : forms().toList()) {
            server.authorize(key(a).publicKey());
        }
    }

    private static boolean hasClass(String name) {
        try {
            Class.forName(name, false, OpenSshKeyFormatsTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static Stream<Arguments> forms() {
        return SshKeygen.everyForm();
    }

    static Stream<Arguments> encryptedForms() {
        return forms().filter(a -> (Boolean) a.get()[1] && !isPkcs8((Form) a.get()[0]));
    }

    private static SshKeygen.Key key(Arguments a) {
        return SshKeygen.key((Form) a.get()[0], (Boolean) a.get()[1]);
    }

    private static boolean isPkcs8(Form form) {
        return form == Form.RSA_PKCS8 || form == Form.ECDSA_P256_PKCS8;
    }

    /** Whether the trilead in use reads this key: both read RSA in PEM form; only the modern one the others. */
    private static boolean readable(Form form) {
        return switch (form) {
            case RSA_PEM -> true;
            case RSA_OPENSSH, ED25519, ECDSA_P256_PEM, ECDSA_P256_OPENSSH, ECDSA_P384_OPENSSH -> MODERN_TRILEAD;
            case RSA_PKCS8, ECDSA_P256_PKCS8, ED25519_AES_GCM -> false;
        };
    }

    private static HostReport restart(SshCredentials credentials) {
        HostReport r = new FleetRunner(
                        TestSettings.normal().build(),
                        credentials,
                        new KnownHostsVerifier(server.knownHostsLine(), "sshd's host key"),
                        null)
                .run(List.of(new HostAddress(server.host(), server.port())))
                .hosts()
                .get(0);
        return r;
    }

    private static SshCredentials credentials(Form form, boolean encrypted, String passphrase) {
        return SshCredentials.privateKeys(
                server.username(),
                List.of(SshKeygen.key(form, encrypted).privateKey().toCharArray()),
                passphrase == null ? null : passphrase.toCharArray());
    }

    /** What the reason says after "could not be read: ", by form, the same with either trilead. */
    private static String unreadable(Form form, boolean encrypted) {
        String openSsh = "the SSH library in use does not read keys in OpenSSH form (the trilead-api plugin's"
                + " trilead-ssh2 does; older builds, such as Debian's build217-jenkins-8, read only RSA and DSA keys in"
                + " PEM form)";
        String ecdsaPem = openSsh.replace("keys in OpenSSH form", "ECDSA keys in PEM form");
        String library = form == Form.ECDSA_P256_PEM ? ecdsaPem : openSsh;
        String advice = form == Form.RSA_OPENSSH
                ? "'ssh-keygen -p -m PEM -f KEYFILE' converts this key to the PEM form that every build reads"
                : "an RSA key in PEM form ('ssh-keygen -t rsa -m PEM') works with every build";
        if (form == Form.ED25519_AES_GCM) {
            return "it is encrypted with aes256-gcm@openssh.com, which the SSH library of the trilead-api plugin does"
                    + " not decrypt";
        }
        if (form == Form.RSA_PEM) {
            return encrypted
                    ? "the passphrase in the credentials does not decrypt it (or the key is damaged): check the"
                            + " passphrase"
                    : "the key is damaged";
        }
        return encrypted
                ? "either the passphrase in the credentials is wrong, or " + library + ": check the passphrase; "
                        + advice
                : library + ", or the key is damaged; " + advice;
    }

    private static void assertUnreadable(HostReport r, Form form, boolean encrypted) {
        assertEquals(Outcome.FAILED, r.outcome(), r::toString);
        assertEquals(FailureKind.AUTHENTICATION_FAILED, r.failureKind(), r::toString);
        assertEquals(1, r.attempts(), "an authentication failure is never retried");
        assertTrue(
                r.reason()
                        .contains("private key 1 of 1 ("
                                + credentials(form, encrypted, SshKeygen.PASSPHRASE)
                                        .keyKinds()
                                        .get(0)
                                        .describe() + ") could not be read: " + unreadable(form, encrypted)),
                r.reason());
        assertFalse(r.reason().contains(SshKeygen.PASSPHRASE), r.reason());
    }

    @ParameterizedTest(name = "{0}, encrypted: {1}")
    @MethodSource("forms")
    void eachFormRestartsWhereTheLibraryReadsItAndIsExplainedWhereItDoesNot(Form form, boolean encrypted)
            throws Exception {
        String passphrase = encrypted ? SshKeygen.PASSPHRASE : null;
        if (isPkcs8(form)) {
            InvalidValueException e =
                    assertThrows(InvalidValueException.class, () -> credentials(form, encrypted, passphrase));
            assertTrue(e.getMessage().startsWith("private key 1 of 1 is in PKCS#8 form"), e.getMessage());
            assertTrue(e.getMessage().endsWith("convert it to PEM form with 'ssh-keygen -p -m PEM -f KEYFILE'"));
            return;
        }
        server.failRestarts(false);
        HostReport r = restart(credentials(form, encrypted, passphrase));
        if (readable(form)) {
            assertEquals(Outcome.RESTARTED, r.outcome(), () -> r + "\nsshd log:\n" + server.sshdLog());
        } else {
            // the offline build's trilead (Debian's) does not read this form: the clear message, not a success
            assertUnreadable(r, form, encrypted);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encryptedForms")
    void aWrongPassphraseIsSaidTheSameWithEitherTrilead(Form form, boolean encrypted) {
        assertUnreadable(restart(credentials(form, encrypted, "not-the-passphrase")), form, encrypted);
    }

    @ParameterizedTest
    @EnumSource(
            value = Form.class,
            names = {"RSA_PEM", "RSA_OPENSSH", "ED25519", "ECDSA_P256_PEM", "ECDSA_P384_OPENSSH"})
    void anEncryptedKeyWithoutItsPassphraseIsRefusedBeforeAnyConnection(Form form) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> credentials(form, true, null));
        assertEquals(
                "private key 1 of 1 is encrypted and the credentials have no passphrase: add the key's passphrase to"
                        + " the credentials",
                e.getMessage());
    }
}
