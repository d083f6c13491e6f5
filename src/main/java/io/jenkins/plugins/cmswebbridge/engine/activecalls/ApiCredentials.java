package io.jenkins.plugins.cmswebbridge.engine.activecalls;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.security.auth.Destroyable;

/**
 * A CMS API user's name and password. Its {@code toString} shows the name only; {@link #destroy()} wipes the
 * password once the run that used it is over.
 */
public final class ApiCredentials implements Serializable, Destroyable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final char[] password;
    private volatile boolean destroyed;

    public ApiCredentials(String username, char[] password) {
        this.username = username == null ? "" : username;
        this.password = password == null ? new char[0] : password.clone();
    }

    public String getUsername() {
        return username;
    }

    /** The value of an HTTP {@code Authorization} header for Basic authentication. */
    String basicAuthorization() {
        if (destroyed) {
            throw new IllegalStateException("the API credentials were destroyed after the run that used them");
        }
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
    public void destroy() {
        destroyed = true;
        Arrays.fill(password, '\0');
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return username + "/******";
    }
}
