package io.jenkins.plugins.cmswebbridge.engine.credentials;

import com.trilead.ssh2.Connection;
import com.trilead.ssh2.crypto.PEMDecoder;
import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The MMP account as plain data: a user name and the secret material of one Jenkins credential, either a
 * password or one or more private keys with their passphrase. It authenticates with trilead directly,
 * so it works in any thread on any node, and needs no Jenkins class.
 *
 * <p>Each key's kind ({@link PrivateKeyKind}) is read from its text when these credentials are made, before any
 * connection: a key that no trilead build can use (not a key, PKCS#8, PuTTY, cut short, encrypted without a
 * passphrase) is refused there. When the SSH library later fails to read a key (a wrong passphrase, or a form that
 * this trilead build does not read), what the user is told comes from that kind, not from the library's message.
 *
 * <p>The order follows ssh-credentials' trilead authenticators: each private key in turn while the server
 * offers {@code publickey}, then the password with {@code password}, then with {@code keyboard-interactive}
 * (answering prompts that ask for a password). Nothing is tried that the server does not offer.
 *
 * <p>Secrets are held as characters, never printed ({@link #toString()} names the user and the kind only),
 * and wiped by {@link #destroy()} once the run is over. They travel to the node in memory only: this object is
 * sent with the restart job over the agent channel and is never written to disk.
 */
public final class SshCredentials extends Secrets implements MmpAuthenticator {

    private static final long serialVersionUID = 1L;

    private static final String PUBLICKEY = "publickey";
    private static final String PASSWORD = "password";
    private static final String KEYBOARD_INTERACTIVE = "keyboard-interactive";

    private final String username;
    private final char[][] privateKeys;
    private final PrivateKeyKind[] kinds;
    private final char[] passphrase;
    private final char[] password;

    private SshCredentials(
            String username, char[][] privateKeys, PrivateKeyKind[] kinds, char[] passphrase, char[] password) {
        this.username = Objects.requireNonNull(username, "username");
        this.privateKeys = privateKeys;
        this.kinds = kinds;
        this.passphrase = passphrase;
        this.password = password;
    }

    /** A user name and password; the array is copied. */
    public static SshCredentials password(String username, char[] password) {
        return new SshCredentials(
                username,
                new char[0][],
                new PrivateKeyKind[0],
                null,
                Objects.requireNonNull(password, "password").clone());
    }

    /**
     * A user name and private keys, tried in this order.
     *
     * @param privateKeys each key's text, as the key file holds it; the arrays are copied
     * @param passphrase the keys' passphrase, or {@code null} (or empty) when they have none; copied
     * @throws InvalidValueException naming each key (by its number) that cannot be used whatever the SSH library,
     *     and why, without quoting it
     */
    public static SshCredentials privateKeys(String username, List<char[]> privateKeys, char[] passphrase) {
        if (privateKeys == null || privateKeys.isEmpty()) {
            throw new IllegalArgumentException("the credentials hold no private key");
        }
        boolean hasPassphrase = passphrase != null && passphrase.length > 0;
        PrivateKeyKind[] kinds = new PrivateKeyKind[privateKeys.size()];
        List<ValueProblem> problems = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = PrivateKeyReader.read(Objects.requireNonNull(privateKeys.get(i), "private key"));
            ValueProblem problem = kinds[i].problem(hasPassphrase);
            if (problem != null) {
                problems.add(ValueProblem.of(ProblemCode.PRIVATE_KEY, i + 1, kinds.length, problem));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidValueException(ValueProblem.several(problems), null);
        }
        char[][] keys = new char[kinds.length][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = privateKeys.get(i).clone();
        }
        return new SshCredentials(username, keys, kinds, hasPassphrase ? passphrase.clone() : null, null);
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** How many private keys these credentials hold (0 for a password). */
    public int keyCount() {
        return privateKeys.length;
    }

    /** What kind of key each private key is, in order (none for a password). */
    public List<PrivateKeyKind> keyKinds() {
        return List.of(kinds);
    }

    @Override
    public boolean authenticate(Connection connection) throws IOException {
        requireAlive("the credentials");
        List<String> offered = Arrays.asList(connection.getRemainingAuthMethods(username));
        if (connection.isAuthenticationComplete()) {
            return true; // the server let the user in with the "none" method
        }
        if (privateKeys.length > 0 && offered.contains(PUBLICKEY)) {
            String phrase = passphrase == null ? null : new String(passphrase);
            for (int i = 0; i < privateKeys.length; i++) {
                try {
                    if (connection.authenticateWithPublicKey(username, privateKeys[i].clone(), phrase)) {
                        return true;
                    }
                } catch (IOException | RuntimeException e) {
                    if (!whileReadingKey(e) || Thread.currentThread().isInterrupted()) {
                        throw e; // the connection failed, not the key
                    }
                    // trilead ends the connection when it cannot read a key (an exception it does not catch leaves
                    // it open, but in an unknown state), so no later key is tried
                    throw new UnreadableKeyException("private key " + (i + 1) + " of " + privateKeys.length + " ("
                            + kinds[i].describe() + ") could not be read: " + kinds[i].unreadable()
                            + (i + 1 < privateKeys.length ? "; the keys after it were not tried" : ""));
                }
            }
        }
        if (password != null) {
            if (offered.contains(PASSWORD) && connection.authenticateWithPassword(username, new String(password))) {
                return true;
            }
            if (offered.contains(KEYBOARD_INTERACTIVE)
                    && connection.authenticateWithKeyboardInteractive(username, this::answer)) {
                return true;
            }
        }
        if (!offers(offered)) {
            throw new IOException("the server offers only " + offered + " for user '" + username + "', none of which"
                    + " these credentials can use (" + kind() + ")");
        }
        return false;
    }

    /** Whether the server offers a method these credentials can use. */
    private boolean offers(List<String> offered) {
        return privateKeys.length > 0 && offered.contains(PUBLICKEY)
                || password != null && (offered.contains(PASSWORD) || offered.contains(KEYBOARD_INTERACTIVE));
    }

    /** Keyboard-interactive: the password for prompts that ask for one, nothing otherwise. */
    private String[] answer(String name, String instruction, int numPrompts, String[] prompts, boolean[] echo) {
        String[] answers = new String[numPrompts];
        for (int i = 0; i < numPrompts; i++) {
            String prompt = prompts == null || i >= prompts.length || prompts[i] == null ? "" : prompts[i];
            answers[i] = prompt.toLowerCase(Locale.ROOT).contains("assword") ? new String(password) : "";
        }
        return answers;
    }

    private String kind() {
        return password != null
                ? "a password"
                : privateKeys.length == 1 ? "a private key" : privateKeys.length + " private keys";
    }

    /** Wipes the password, the keys and the passphrase; authentication is impossible afterwards. */
    @Override
    protected void wipe() {
        for (char[] key : privateKeys) {
            Arrays.fill(key, '\0');
        }
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public String toString() {
        return kind() + " for user " + username;
    }

    /**
     * Whether trilead threw this while reading a key rather than while talking to the server: every trilead build
     * reads a key in its {@link PEMDecoder} (its {@code AuthenticationManager.authenticatePublicKey} calls it before
     * it sends anything), so the exception or one of its causes was thrown there. Where it was thrown decides, not
     * what its message says, which differs from one build to the next.
     */
    static boolean whileReadingKey(Throwable failure) {
        String decoder = PEMDecoder.class.getName();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (decoder.equals(frame.getClassName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A private key that the SSH library could not read, with what to do about it; its message is the engine's own
     * text, whole (it is not a library message, so it is not clipped as those are).
     */
    public static final class UnreadableKeyException extends IOException {
        private static final long serialVersionUID = 1L;

        UnreadableKeyException(String message) {
            super(message);
        }
    }
}
