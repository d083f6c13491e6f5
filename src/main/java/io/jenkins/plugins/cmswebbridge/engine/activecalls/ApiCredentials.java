package io.jenkins.plugins.cmswebbridge.engine.activecalls;

import io.jenkins.plugins.cmswebbridge.engine.credentials.Secrets;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A CMS API user's name and password. Its {@code toString} shows the name only; {@link #destroy()} wipes the
 * password once the run that used it is over.
 */
public final class ApiCredentials extends Secrets {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final char[] password;

    public ApiCredentials(String username, char[] password) {
        this.username = username == null ? "" : username;
        this.password = password == null ? new char[0] : password.clone();
    }

    public String getUsername() {
        return username;
    }

    /** The value of an HTTP {@code Authorization} header for Basic authentication. */
    String basicAuthorization() {
        requireAlive("the API credentials");
        CharBuffer chars = CharBuffer.allocate(username.length() + 1 + password.length);
        chars.put(username).put(':').put(password).flip();
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(chars);
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            return "Basic " + Base64.getEncoder().encodeToString(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
            Arrays.fill(chars.array(), '\0');
        }
    }

    @Override
    protected void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return username + "/******";
    }
}
