package io.jenkins.plugins.cmswebbridge.engine;

import com.trilead.ssh2.Connection;
import java.io.IOException;
import java.util.Objects;

/** Public key authentication with a PEM private key and an optional passphrase, neither ever printed. */
public final class PrivateKeyAuthenticator implements MmpAuthenticator {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final char[] privateKeyPem;
    private final char[] passphrase;

    /**
     * @param privateKeyPem the key in PEM form
     * @param passphrase the key's passphrase, or {@code null} when it has none
     */
    public PrivateKeyAuthenticator(String username, String privateKeyPem, char[] passphrase) {
        this.username = Objects.requireNonNull(username, "username");
        this.privateKeyPem = Objects.requireNonNull(privateKeyPem, "privateKeyPem").toCharArray();
        this.passphrase = passphrase == null ? null : passphrase.clone();
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean authenticate(Connection connection) throws IOException {
        return connection.authenticateWithPublicKey(username, privateKeyPem.clone(),
                passphrase == null ? null : new String(passphrase));
    }

    @Override
    public String toString() {
        return "private key authentication as " + username;
    }
}
