package io.jenkins.plugins.cmswebbridge.engine.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jenkins.plugins.cmswebbridge.engine.credentials.PrivateKeyKind.Algorithm;
import io.jenkins.plugins.cmswebbridge.engine.credentials.PrivateKeyKind.Damage;
import io.jenkins.plugins.cmswebbridge.engine.credentials.PrivateKeyKind.Format;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import io.jenkins.plugins.cmswebbridge.sim.SshKeygen;
import io.jenkins.plugins.cmswebbridge.sim.SshKeygen.Form;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PrivateKeyReader}: what kind of key a text holds, read from the text alone, for every form a user may paste
 * (keys made by {@code ssh-keygen} at test time, by Java, or built by hand where only the header matters), and the
 * problems and advice that follow from it.
 */
class PrivateKeyReaderTest {

    private static PrivateKeyKind read(String text) {
        return PrivateKeyReader.read(text.toCharArray());
    }

    private static String problem(PrivateKeyKind kind, boolean passphrase) {
        ValueProblem problem = kind.problem(passphrase);
        return problem == null ? null : problem.english();
    }

    static Stream<Arguments> keygenForms() {
        return SshKeygen.everyForm();
    }

    private static PrivateKeyKind expected(Form form, boolean encrypted) {
        String cipher = encrypted ? "aes256-ctr" : null;
        return switch (form) {
            case RSA_PEM -> new PrivateKeyKind(Format.PEM, Algorithm.RSA, encrypted, Damage.NONE, null);
            case RSA_OPENSSH -> new PrivateKeyKind(Format.OPENSSH, Algorithm.RSA, encrypted, Damage.NONE, cipher);
            case ED25519 -> new PrivateKeyKind(Format.OPENSSH, Algorithm.ED25519, encrypted, Damage.NONE, cipher);
            case ED25519_AES_GCM ->
                new PrivateKeyKind(Format.OPENSSH, Algorithm.ED25519, true, Damage.NONE, "aes256-gcm@openssh.com");
            case ECDSA_P256_PEM -> new PrivateKeyKind(Format.PEM, Algorithm.ECDSA, encrypted, Damage.NONE, null);
            case ECDSA_P256_OPENSSH ->
                new PrivateKeyKind(Format.OPENSSH, Algorithm.ECDSA_P256, encrypted, Damage.NONE, cipher);
            case ECDSA_P384_OPENSSH ->
                new PrivateKeyKind(Format.OPENSSH, Algorithm.ECDSA_P384, encrypted, Damage.NONE, cipher);
            case RSA_PKCS8, ECDSA_P256_PKCS8 ->
                new PrivateKeyKind(Format.PKCS8, Algorithm.UNKNOWN, encrypted, Damage.NONE, null);
        };
    }

    @ParameterizedTest(name = "{0}, encrypted: {1}")
    @MethodSource("keygenForms")
    void everyFormThatSshKeygenWritesIsReadFromItsText(Form form, boolean encrypted) {
        PrivateKeyKind kind = read(SshKeygen.key(form, encrypted).privateKey());
        assertEquals(expected(form, encrypted), kind);
        if (kind.format() == Format.PKCS8) {
            String pkcs8 = "is in PKCS#8 form ('BEGIN PRIVATE KEY' or 'BEGIN ENCRYPTED PRIVATE KEY'), which the SSH"
                    + " library in Jenkins does not read: convert it to PEM form with 'ssh-keygen -p -m PEM -f KEYFILE'";
            assertEquals(pkcs8, problem(kind, false));
            assertEquals(pkcs8, problem(kind, true));
        } else if (encrypted) {
            assertEquals(
                    "is encrypted and the credentials have no passphrase: add the key's passphrase to the credentials",
                    problem(kind, false));
            assertNull(problem(kind, true));
        } else {
            assertNull(problem(kind, false));
            assertNull(problem(kind, true));
        }
    }

    @Test
    void whatTheUserIsToldWhenTheSshLibraryCannotReadAKeyFollowsFromItsKind() {
        assertEquals(
                "an RSA key in PEM form, encrypted",
                read(SshKeygen.key(Form.RSA_PEM, true).privateKey()).describe());
        assertEquals(
                "the passphrase in the credentials does not decrypt it (or the key is damaged): check the passphrase",
                read(SshKeygen.key(Form.RSA_PEM, true).privateKey()).unreadable());
        assertEquals(
                "the key is damaged: paste the whole key file again",
                read(SshKeygen.key(Form.RSA_PEM, false).privateKey()).unreadable());

        PrivateKeyKind ed25519 = read(SshKeygen.key(Form.ED25519, true).privateKey());
        assertEquals("an ed25519 key in OpenSSH form, encrypted", ed25519.describe());
        assertEquals(
                "either the passphrase in the credentials is wrong, or the SSH library in use does not read keys in"
                        + " OpenSSH form (the trilead-api plugin's trilead-ssh2 does; older builds, such as Debian's"
                        + " build217-jenkins-8, read only RSA and DSA keys in PEM form): check the passphrase; an RSA"
                        + " key in PEM form ('ssh-keygen -t rsa -m PEM') works with every build",
                ed25519.unreadable());

        PrivateKeyKind rsa = read(SshKeygen.key(Form.RSA_OPENSSH, false).privateKey());
        assertEquals("an RSA key in OpenSSH form", rsa.describe());
        assertEquals(
                "the SSH library in use does not read keys in OpenSSH form (the trilead-api plugin's trilead-ssh2"
                        + " does; older builds, such as Debian's build217-jenkins-8, read only RSA and DSA keys in PEM"
                        + " form), or the key is damaged; 'ssh-keygen -p -m PEM -f KEYFILE' converts this key to the PEM"
                        + " form that every build reads",
                rsa.unreadable());

        PrivateKeyKind ecdsaPem = read(SshKeygen.key(Form.ECDSA_P256_PEM, false).privateKey());
        assertEquals("an ECDSA key in PEM form", ecdsaPem.describe());
        assertEquals(
                "the SSH library in use does not read ECDSA keys in PEM form (the trilead-api plugin's trilead-ssh2"
                        + " does; older builds, such as Debian's build217-jenkins-8, read only RSA and DSA keys in PEM"
                        + " form), or the key is damaged; an RSA key in PEM form ('ssh-keygen -t rsa -m PEM') works with"
                        + " every build",
                ecdsaPem.unreadable());

        assertEquals(
                "an ECDSA P-384 key in OpenSSH form",
                read(SshKeygen.key(Form.ECDSA_P384_OPENSSH, false).privateKey()).describe());

        assertEquals(
                "it is encrypted with aes256-gcm@openssh.com, which the SSH library of the trilead-api plugin does not"
                        + " decrypt (it decrypts aes256-ctr, the ssh-keygen default, and aes128-cbc, aes192-cbc and"
                        + " aes256-cbc): re-encrypt it with 'ssh-keygen -p -Z aes256-ctr -f KEYFILE'",
                read(SshKeygen.key(Form.ED25519_AES_GCM, true).privateKey()).unreadable());
    }

    @Test
    void keysMadeByJavaInPemAndPkcs8Form() throws Exception {
        KeyPair rsa = TestKeys.rsa(60);
        assertEquals(
                new PrivateKeyKind(Format.PEM, Algorithm.RSA, false, Damage.NONE, null), read(TestKeys.pkcs1Pem(rsa)));
        assertEquals(
                new PrivateKeyKind(Format.PEM, Algorithm.RSA, true, Damage.NONE, null),
                read(TestKeys.encryptedPkcs1Pem(rsa, "secret")));
        assertEquals(
                Format.PKCS8,
                read(pem("PRIVATE KEY", rsa.getPrivate().getEncoded())).format());
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        PrivateKeyKind ecPkcs8 =
                read(pem("PRIVATE KEY", ec.generateKeyPair().getPrivate().getEncoded()));
        assertEquals(new PrivateKeyKind(Format.PKCS8, Algorithm.UNKNOWN, false, Damage.NONE, null), ecPkcs8);
        assertEquals(
                new PrivateKeyKind(Format.PKCS8, Algorithm.UNKNOWN, true, Damage.NONE, null),
                read(pem("ENCRYPTED PRIVATE KEY", new byte[64])));
    }

    @Test
    void puttyKeysAreNamedEncryptedOrNot() {
        String plain = "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: test\nPublic-Lines: 2\n";
        String encrypted = "PuTTY-User-Key-File-2: ssh-rsa\r\nEncryption: aes256-cbc\r\nComment: test\r\n";
        assertEquals(new PrivateKeyKind(Format.PUTTY, Algorithm.UNKNOWN, false, Damage.NONE, null), read(plain));
        assertEquals(new PrivateKeyKind(Format.PUTTY, Algorithm.UNKNOWN, true, Damage.NONE, null), read(encrypted));
        assertEquals(
                "is a PuTTY key (.ppk), which the SSH library in Jenkins does not read: export it in OpenSSH form with"
                        + " PuTTYgen (Conversions, Export OpenSSH key) or 'puttygen KEYFILE.ppk -O private-openssh -o"
                        + " KEYFILE'",
                problem(read(encrypted), true));
    }

    @Test
    void aPublicKeyIsNotTakenForAPrivateKey() {
        String message = "is a public key: paste the private key (the key file without .pub) instead";
        for (String text : List.of(
                SshKeygen.key(Form.ED25519, false).publicKey(),
                "  " + TestKeys.openSshPublicKey(TestKeys.rsa(61).getPublic()) + " user@host\n",
                pem("PUBLIC KEY", TestKeys.rsa(61).getPublic().getEncoded()),
                "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"x\"\nAAAAB3NzaC1yc2E\n---- END SSH2 PUBLIC KEY ----\n")) {
            PrivateKeyKind kind = read(text);
            assertEquals(Format.PUBLIC_KEY, kind.format(), text);
            assertEquals(message, problem(kind, true), text);
        }
    }

    @Test
    void textThatHoldsNoKey() {
        String message = "is not a private key: paste the whole key file, from its '-----BEGIN' line to its '-----END'"
                + " line";
        for (String text : List.of(
                "",
                "k",
                "\n\n",
                "/home/admin/.ssh/id_rsa",
                pem("CERTIFICATE", new byte[32]),
                "-----BEGIN SOMETHING ELSE-----\nAAAA\n-----END SOMETHING ELSE-----\n")) {
            assertEquals(PrivateKeyKind.NOT_A_KEY, read(text), text);
            assertEquals(message, problem(read(text), false), text);
        }
    }

    @Test
    void aKeyCutShortOrDamagedIsRefusedWhateverReadsIt() {
        String whole = TestKeys.pkcs1Pem(TestKeys.rsa(62));
        String cut = whole.substring(0, whole.length() / 2);
        assertEquals(Damage.NO_END, read(cut).damage());
        assertEquals(
                "was cut short: its '-----END' line is missing; paste the whole key file again",
                problem(read(cut), true));
        assertEquals(
                Damage.NO_END,
                read(SshKeygen.key(Form.ED25519, false).privateKey().replace("-----END OPENSSH PRIVATE KEY-----", ""))
                        .damage());

        String damaged = "is damaged: what lies between its '-----BEGIN' and '-----END' lines is not the key that its"
                + " first line names; paste the whole key file again";
        String notBase64 = whole.replaceFirst("\n.", "\n*");
        assertEquals(Damage.NOT_BASE64, read(notBase64).damage());
        assertEquals(damaged, problem(read(notBase64), true));
        PrivateKeyKind empty = read("-----BEGIN RSA PRIVATE KEY-----\n-----END RSA PRIVATE KEY-----\n");
        assertEquals(Damage.NOT_BASE64, empty.damage());
        PrivateKeyKind notOpenSsh = read(pem("OPENSSH PRIVATE KEY", new byte[100]));
        assertEquals(Damage.BAD_STRUCTURE, notOpenSsh.damage());
        assertEquals(damaged, problem(notOpenSsh, true));
        // magic (15), cipher and kdf "none" (8 + 8), no kdf options (4), one key (4), its length (4), then the key
        // type's length (4) and 5 of its 11 bytes
        byte[] cutInTheKeyType = Arrays.copyOf(openSshHeader("none", "ssh-ed25519"), 52);
        assertEquals(
                Damage.BAD_STRUCTURE,
                read(pem("OPENSSH PRIVATE KEY", cutInTheKeyType)).damage());
    }

    @Test
    void linesAroundTheKeyIndentationAndWindowsLineEndsDoNotMatter() {
        String key = SshKeygen.key(Form.ECDSA_P256_OPENSSH, true).privateKey();
        String pasted = "Bag Attributes\r\n    friendlyName: mmp\r\n"
                + key.lines().map(line -> "  " + line + " ").reduce("", (a, b) -> a + b + "\r\n");
        assertEquals(expected(Form.ECDSA_P256_OPENSSH, true), read(pasted));
        String rsa = TestKeys.encryptedPkcs1Pem(TestKeys.rsa(63), "secret").replace("\n", "\r");
        assertEquals(new PrivateKeyKind(Format.PEM, Algorithm.RSA, true, Damage.NONE, null), read(rsa));
    }

    @Test
    void openSshKeyTypesAndCiphersThatTrileadDoesNotKnow() {
        PrivateKeyKind fido = read(pem("OPENSSH PRIVATE KEY", openSshHeader("none", "sk-ssh-ed25519@openssh.com")));
        assertEquals(new PrivateKeyKind(Format.OPENSSH, Algorithm.OTHER, false, Damage.NONE, null), fido);
        assertEquals(
                "its key type is not one that the SSH library reads (it reads RSA, DSA, ECDSA and ed25519 keys): use an"
                        + " RSA key in PEM form ('ssh-keygen -t rsa -m PEM'), which every trilead build reads",
                fido.unreadable());
        PrivateKeyKind unnamed = read(pem("OPENSSH PRIVATE KEY", openSshHeader("rot13-cbc", "ssh-ed25519")));
        assertEquals(new PrivateKeyKind(Format.OPENSSH, Algorithm.ED25519, true, Damage.NONE, null), unnamed);
        assertEquals(
                "it is encrypted with a cipher OpenSSH does not name, which the SSH library of the trilead-api plugin"
                        + " does not decrypt (it decrypts aes256-ctr, the ssh-keygen default, and aes128-cbc, aes192-cbc"
                        + " and aes256-cbc): re-encrypt it with 'ssh-keygen -p -Z aes256-ctr -f KEYFILE'",
                unnamed.unreadable());
        assertEquals(
                "aes128-cbc",
                read(pem("OPENSSH PRIVATE KEY", openSshHeader("aes128-cbc", "ssh-rsa")))
                        .cipher());
    }

    @Test
    void nothingOfTheKeyReachesWhatIsSaidAboutIt() {
        keygenForms().forEach(arguments -> {
            Object[] args = arguments.get();
            String key = SshKeygen.key((Form) args[0], (Boolean) args[1]).privateKey();
            PrivateKeyKind kind = read(key);
            String said = kind.describe() + kind.unreadable() + problem(kind, false) + problem(kind, true) + kind;
            key.lines()
                    .filter(line -> !line.startsWith("-----") && !line.contains(":") && line.length() >= 16)
                    .forEach(line -> assertFalse(said.contains(line.substring(0, 16)), said));
        });
    }

    /** A PEM-style block of these bytes, 64 base64 characters a line. */
    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** The start of an OpenSSH key: magic, cipher, kdf, no kdf options, one key, whose public part names its type. */
    private static byte[] openSshHeader(String cipher, String keyType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
        TestKeys.sshString(out, cipher.getBytes(StandardCharsets.US_ASCII));
        TestKeys.sshString(out, ("none".equals(cipher) ? "none" : "bcrypt").getBytes(StandardCharsets.US_ASCII));
        TestKeys.sshString(out, new byte[0]);
        out.writeBytes(new byte[] {0, 0, 0, 1});
        ByteArrayOutputStream publicKey = new ByteArrayOutputStream();
        TestKeys.sshString(publicKey, keyType.getBytes(StandardCharsets.US_ASCII));
        TestKeys.sshString(publicKey, new byte[32]);
        TestKeys.sshString(out, publicKey.toByteArray());
        TestKeys.sshString(out, new byte[48]);
        return out.toByteArray();
    }
}
