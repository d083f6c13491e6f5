package io.jenkins.plugins.cmswebbridge.engine.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.io.Serializable;
import java.util.Set;

/**
 * What kind of private key a credential holds, read from the key's text by {@link PrivateKeyReader} before the SSH
 * library sees it: its format, its algorithm where the text tells it without decrypting anything, whether it is
 * encrypted, and, for a key in OpenSSH form, its cipher. Every message about a key is made from this, never from the
 * SSH library's own text, so that it reads the same whichever trilead build the node runs. It holds nothing secret.
 *
 * @param cipher the cipher of an encrypted key in OpenSSH form, when it is one of the names OpenSSH knows; otherwise
 *     {@code null}
 */
public record PrivateKeyKind(
        Format format,
        Algorithm algorithm,
        boolean encrypted,
        Damage damage,
        @CheckForNull String cipher) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The ciphers that the trilead-api plugin's trilead-ssh2 (build 217-jenkins-371) decrypts an OpenSSH-format key
     * with: its {@code OpenSshCertificateDecoder.SshCipher} names, as OpenSSH spells them.
     */
    static final Set<String> TRILEAD_CIPHERS = Set.of("aes256-ctr", "aes128-cbc", "aes192-cbc", "aes256-cbc");

    /** How the key is written down. */
    public enum Format {
        /** {@code -----BEGIN RSA|DSA|EC PRIVATE KEY-----}, OpenSSL's traditional form ({@code ssh-keygen -m PEM}). */
        PEM,
        /** {@code -----BEGIN OPENSSH PRIVATE KEY-----}, what {@code ssh-keygen} writes by default. */
        OPENSSH,
        /** {@code -----BEGIN PRIVATE KEY-----} or {@code -----BEGIN ENCRYPTED PRIVATE KEY-----}. */
        PKCS8,
        /** {@code PuTTY-User-Key-File-2:} or {@code -3:}, a {@code .ppk} file. */
        PUTTY,
        /** A public key: an {@code authorized_keys} line, or a {@code BEGIN PUBLIC KEY} block. */
        PUBLIC_KEY,
        /** Nothing that looks like a key. */
        NONE
    }

    /** The key's algorithm, as far as the text tells it. */
    public enum Algorithm {
        RSA("RSA"),
        DSA("DSA"),
        /** An ECDSA key whose curve the text does not tell without decoding it (PEM). */
        ECDSA("ECDSA"),
        ECDSA_P256("ECDSA P-256"),
        ECDSA_P384("ECDSA P-384"),
        ECDSA_P521("ECDSA P-521"),
        ED25519("ed25519"),
        /** A key type that OpenSSH names but trilead does not know, such as a FIDO security key. */
        OTHER("other"),
        /** The text does not tell (PKCS#8, PuTTY, or not a key). */
        UNKNOWN("unknown");

        private final String label;

        Algorithm(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What is wrong with the text itself, whatever reads it. */
    public enum Damage {
        NONE,
        /** The {@code -----END ...-----} line that matches the first line is missing: the key was cut short. */
        NO_END,
        /** Between the first and the last line there is text that is not base64, or nothing at all. */
        NOT_BASE64,
        /** The base64 text does not hold the structure its first line names (an OpenSSH key's header). */
        BAD_STRUCTURE
    }

    /** A text that holds no key. */
    static final PrivateKeyKind NOT_A_KEY =
            new PrivateKeyKind(Format.NONE, Algorithm.UNKNOWN, false, Damage.NONE, null);

    /**
     * What makes this key unusable before anything connects, whichever SSH library reads it, or {@code null} when
     * there is nothing: not a private key, a form that no trilead build reads (PKCS#8, PuTTY), a key cut short or
     * damaged, or an encrypted key without a passphrase.
     */
    @CheckForNull
    public ValueProblem problem(boolean passphraseGiven) {
        ProblemCode code =
                switch (format) {
                    case NONE -> ProblemCode.PRIVATE_KEY_NOT_A_KEY;
                    case PUBLIC_KEY -> ProblemCode.PRIVATE_KEY_PUBLIC;
                    case PKCS8 -> ProblemCode.PRIVATE_KEY_PKCS8;
                    case PUTTY -> ProblemCode.PRIVATE_KEY_PUTTY;
                    case PEM, OPENSSH ->
                        switch (damage) {
                            case NO_END -> ProblemCode.PRIVATE_KEY_CUT;
                            case NOT_BASE64, BAD_STRUCTURE -> ProblemCode.PRIVATE_KEY_DAMAGED;
                            case NONE -> encrypted && !passphraseGiven ? ProblemCode.PRIVATE_KEY_NO_PASSPHRASE : null;
                        };
                };
        return code == null ? null : ValueProblem.of(code);
    }

    /** The key in a few words, e.g. {@code an ed25519 key in OpenSSH form, encrypted}. */
    public String describe() {
        String what =
                switch (format) {
                    case PEM, OPENSSH -> {
                        String name = algorithm.label();
                        String article = name.startsWith("RSA") || name.startsWith("ECDSA") || name.startsWith("ed")
                                ? "an "
                                : "a ";
                        yield article + name + " key in " + (format == Format.PEM ? "PEM" : "OpenSSH") + " form";
                    }
                    case PKCS8 -> "a key in PKCS#8 form";
                    case PUTTY -> "a PuTTY key";
                    case PUBLIC_KEY -> "a public key";
                    case NONE -> "not a key";
                };
        return encrypted ? what + ", encrypted" : what;
    }

    /** Whether every trilead build reads this key: RSA and DSA keys in PEM form. */
    public boolean readByEveryTrilead() {
        return format == Format.PEM && (algorithm == Algorithm.RSA || algorithm == Algorithm.DSA);
    }

    /**
     * Why the SSH library could not read this key, which passed {@link #problem(boolean)}, and what to do: said from
     * what the key is, since the library's own message differs from one trilead build to the next.
     */
    public String unreadable() {
        if (readByEveryTrilead()) {
            return encrypted
                    ? "the passphrase in the credentials does not decrypt it (or the key is damaged): check the"
                            + " passphrase"
                    : "the key is damaged: paste the whole key file again";
        }
        if (format == Format.OPENSSH && algorithm == Algorithm.OTHER) {
            return "its key type is not one that the SSH library reads (it reads RSA, DSA, ECDSA and ed25519 keys):"
                    + " use an RSA key in PEM form ('ssh-keygen -t rsa -m PEM'), which every trilead build reads";
        }
        if (encrypted && format == Format.OPENSSH && (cipher == null || !TRILEAD_CIPHERS.contains(cipher))) {
            return "it is encrypted with " + (cipher == null ? "a cipher OpenSSH does not name" : cipher)
                    + ", which the SSH library of the trilead-api plugin does not decrypt (it decrypts aes256-ctr,"
                    + " the ssh-keygen default, and aes128-cbc, aes192-cbc and aes256-cbc): re-encrypt it with"
                    + " 'ssh-keygen -p -Z aes256-ctr -f KEYFILE'";
        }
        String form = format == Format.OPENSSH ? "keys in OpenSSH form" : "ECDSA keys in PEM form";
        String library = "the SSH library in use does not read " + form
                + " (the trilead-api plugin's trilead-ssh2 does; older builds, such as Debian's build217-jenkins-8,"
                + " read only RSA and DSA keys in PEM form)";
        String advice = format == Format.OPENSSH && algorithm == Algorithm.RSA
                ? "'ssh-keygen -p -m PEM -f KEYFILE' converts this key to the PEM form that every build reads"
                : "an RSA key in PEM form ('ssh-keygen -t rsa -m PEM') works with every build";
        return encrypted
                ? "either the passphrase in the credentials is wrong, or " + library + ": check the passphrase; "
                        + advice
                : library + ", or the key is damaged; " + advice;
    }
}
