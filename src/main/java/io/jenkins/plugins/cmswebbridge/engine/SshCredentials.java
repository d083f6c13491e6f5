package io.jenkins.plugins.cmswebbridge.engine;

import com.trilead.ssh2.Connection;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The MMP account as plain data: a user name and the secret material of one Jenkins credential, either a
 * password or one or more private keys (PEM) with their passphrase. It authenticates with trilead directly,
 * so it works in any thread on any node, and needs no Jenkins class.
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

    /** Words of trilead's messages about a key it cannot read (PEM, DER structures). */
    private static final Pattern KEY_FORMAT_WORDS = Pattern.compile("\\b(pem|der)\\b|private key");

    private final String username;
    private final char[][] privateKeys;
    private final char[] passphrase;
    private final char[] password;

    private SshCredentials(String username, char[][] privateKeys, char[] passphrase, char[] password) {
        this.username = Objects.requireNonNull(username, "username");
        this.privateKeys = privateKeys;
        this.passphrase = passphrase;
        this.password = password;
    }

    /** A user name and password; the array is copied. */
    public static SshCredentials password(String username, char[] password) {
        return new SshCredentials(
                username,
                new char[0][],
                null,
                Objects.requireNonNull(password, "password").clone());
    }

    /**
     * A user name and private keys, tried in this order.
     *
     * @param privateKeys each key's PEM text; the arrays are copied
     * @param passphrase the keys' passphrase, or {@code null} when they have none; copied
     */
    public static SshCredentials privateKeys(String username, List<char[]> privateKeys, char[] passphrase) {
        if (privateKeys == null || privateKeys.isEmpty()) {
            throw new IllegalArgumentException("the credentials hold no private key");
        }
        char[][] keys = new char[privateKeys.size()][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Objects.requireNonNull(privateKeys.get(i), "private key").clone();
        }
        return new SshCredentials(username, keys, passphrase == null ? null : passphrase.clone(), null);
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** How many private keys these credentials hold (0 for a password). */
    public int keyCount() {
        return privateKeys.length;
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
                } catch (IOException e) {
                    String problem = keyProblem(e, privateKeys[i]);
                    if (problem == null || Thread.currentThread().isInterrupted()) {
                        throw e; // the connection failed, not the key
                    }
                    // trilead closes the connection when it cannot read a key, so no later key can be tried
                    throw new IOException("private key " + (i + 1) + " of " + privateKeys.length
                            + " could not be used: " + problem
                            + (i + 1 < privateKeys.length
                                    ? "; the SSH library closed the connection, so the next keys were not tried"
                                    : ""));
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
     * What was wrong with a private key that trilead could not read, in our words (the library's message is
     * not echoed), or {@code null} when the failure is not about the key.
     */
    private String keyProblem(IOException e, char[] key) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            chain.append(t.getMessage()).append('\n');
        }
        String messages = chain.toString().toLowerCase(Locale.ROOT);
        if (messages.contains("no password was specified")) {
            return "it is encrypted and the credentials have no passphrase";
        }
        if (!KEY_FORMAT_WORDS.matcher(messages).find()) {
            return null;
        }
        if (messages.contains("password") || contains(key, "ENCRYPTED")) {
            return "wrong passphrase, or a damaged key";
        }
        return "the SSH library cannot read it (use an RSA key in PEM form, or the OpenSSH form)";
    }

    /** Whether {@code text} contains {@code word}, without making a String of the secret text. */
    private static boolean contains(char[] text, String word) {
        outer:
        for (int i = 0; i + word.length() <= text.length; i++) {
            for (int j = 0; j < word.length(); j++) {
                if (text[i + j] != word.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
