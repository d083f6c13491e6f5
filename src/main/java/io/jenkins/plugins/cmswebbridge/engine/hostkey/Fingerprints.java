package io.jenkins.plugins.cmswebbridge.engine.hostkey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Host key fingerprints in the form {@code ssh-keygen -l} prints: {@code SHA256:} and unpadded base64. */
public final class Fingerprints {

    private Fingerprints() {}

    /** @param keyBlob the public key in SSH wire format, as a server offers it */
    public static String sha256(byte[] keyBlob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBlob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The key type named inside an SSH public key blob, e.g. {@code ssh-rsa}, or {@code unknown}. */
    public static String keyType(byte[] keyBlob) {
        if (keyBlob == null || keyBlob.length < 4) {
            return "unknown";
        }
        ByteBuffer buffer = ByteBuffer.wrap(keyBlob);
        int length = buffer.getInt();
        if (length <= 0 || length > 64 || length > buffer.remaining()) {
            return "unknown";
        }
        return new String(keyBlob, 4, length, StandardCharsets.US_ASCII);
    }
}
