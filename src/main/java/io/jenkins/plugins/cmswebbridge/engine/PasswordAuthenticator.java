package io.jenkins.plugins.cmswebbridge.engine;

import com.trilead.ssh2.Connection;
import java.io.IOException;
import java.util.Objects;

/** Password authentication. The password is held as characters and never printed. */
public final class PasswordAuthenticator implements MmpAuthenticator {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final char[] password;

    public PasswordAuthenticator(String username, char[] password) {
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password").clone();
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean authenticate(Connection connection) throws IOException {
        return connection.authenticateWithPassword(username, new String(password));
    }

    @Override
    public String toString() {
        return "password authentication as " + username;
    }
}
