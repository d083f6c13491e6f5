package io.jenkins.plugins.cmswebbridge.engine;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Base64;

/**
 * An OpenSSH public key as written in known_hosts or authorized_keys: {@code type base64 [comment]}. Messages about a
 * bad one never quote the text, which may come from a file: only key type names from a fixed list are repeated.
 */
public final class PublicKeyLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final byte[] blob;

    private PublicKeyLine(String type, byte[] blob) {
        this.type = type;
        this.blob = blob;
    }

    /** @throws IllegalArgumentException saying what is wrong with the text */
    public static PublicKeyLine parse(String text) {
        String[] fields = text == null ? new String[0] : text.trim().split("\\s+");
        if (fields.length < 2 || fields[0].isEmpty()) {
            throw new IllegalArgumentException(
                    "is not a public key: expected 'key-type base64-key', e.g. 'ssh-rsa AAAA...'");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(fields[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("has a key that is not valid base64");
        }
        String inner = Fingerprints.keyType(blob);
        if (!HostKeyAlgorithms.isKeyType(fields[0])) {
            throw new IllegalArgumentException("does not name a known SSH key type (e.g. ssh-rsa, ssh-ed25519)");
        }
        if (!inner.equals(fields[0])) {
            throw new IllegalArgumentException("says " + fields[0] + " but the key inside is "
                    + (HostKeyAlgorithms.isKeyType(inner) ? "of type " + inner : "not of a known type"));
        }
        return new PublicKeyLine(fields[0], blob);
    }

    public String getType() {
        return type;
    }

    /**
     * Whether the server offered this very key. An RSA key matches whichever RSA signature algorithm was
     * negotiated ({@code rsa-sha2-512}, {@code rsa-sha2-256} or {@code ssh-rsa}).
     */
    public boolean matches(String algorithm, byte[] offered) {
        return HostKeyAlgorithms.proves(algorithm, type) && Arrays.equals(blob, offered);
    }

    public String fingerprint() {
        return Fingerprints.sha256(blob);
    }
}
