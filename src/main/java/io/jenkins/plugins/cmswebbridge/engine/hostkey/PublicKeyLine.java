package io.jenkins.plugins.cmswebbridge.engine.hostkey;

import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
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

    /** @throws InvalidValueException saying what is wrong with the text, as a predicate ("is not a public key") */
    public static PublicKeyLine parse(String text) {
        String[] fields = text == null ? new String[0] : text.trim().split("\\s+");
        if (fields.length < 2 || fields[0].isEmpty()) {
            throw new InvalidValueException(ProblemCode.KEY_NOT_A_KEY);
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(fields[1]);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(ProblemCode.KEY_NOT_BASE64);
        }
        String inner = Fingerprints.keyType(blob);
        if (!HostKeyAlgorithms.isKeyType(fields[0])) {
            throw new InvalidValueException(ProblemCode.KEY_UNKNOWN_TYPE);
        }
        if (!inner.equals(fields[0])) {
            throw HostKeyAlgorithms.isKeyType(inner)
                    ? new InvalidValueException(ProblemCode.KEY_OTHER_TYPE, fields[0], inner)
                    : new InvalidValueException(ProblemCode.KEY_INSIDE_UNKNOWN, fields[0]);
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
