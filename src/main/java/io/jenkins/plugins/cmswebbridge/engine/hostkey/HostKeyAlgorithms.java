package io.jenkins.plugins.cmswebbridge.engine.hostkey;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Host key types and the signature algorithms that prove them. An RSA host key ({@code ssh-rsa} in known_hosts
 * or in a pasted key) is proven by {@code rsa-sha2-512}, {@code rsa-sha2-256} or the old SHA-1 {@code ssh-rsa};
 * the trilead of the trilead-api plugin negotiates the first two, and reports the negotiated name to the host key
 * verifier, while older trilead builds know only {@code ssh-rsa}. Every other key type is its own algorithm.
 */
public final class HostKeyAlgorithms {

    /** The key types OpenSSH writes in known_hosts and authorized_keys (certificates and security keys excluded). */
    static final Set<String> KEY_TYPES = Set.of(
            "ssh-rsa",
            "ssh-dss",
            "ssh-ed25519",
            "ssh-ed448",
            "ecdsa-sha2-nistp256",
            "ecdsa-sha2-nistp384",
            "ecdsa-sha2-nistp521");

    /** The RSA signature algorithms, strongest first. */
    static final List<String> RSA = List.of("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa");

    private HostKeyAlgorithms() {}

    /** Whether a name is one of the key types OpenSSH writes in known_hosts. */
    public static boolean isKeyType(String name) {
        return KEY_TYPES.contains(name);
    }

    /** Whether the SSH library in use can check keys of this type (for an RSA key, with any RSA algorithm). */
    public static boolean isSupported(String keyType, String[] available) {
        return preferred(List.of(keyType), available) != null;
    }

    /** The key type an algorithm name proves, e.g. {@code ssh-rsa} for {@code rsa-sha2-512}. */
    public static String keyType(String algorithm) {
        return RSA.contains(algorithm) ? "ssh-rsa" : algorithm;
    }

    /**
     * The algorithms to ask a server for when these key types are trusted for it, strongest first, limited to
     * those the SSH library offers; {@code null} when none of them is offered (the library's own list is used).
     *
     * @param available what the SSH library can negotiate, e.g. {@code Connection.getAvailableServerHostKeyAlgorithms()}
     */
    public static String[] preferred(List<String> keyTypes, String[] available) {
        Set<String> offered = Set.of(available);
        Set<String> wanted = new LinkedHashSet<>();
        for (String type : keyTypes) {
            for (String algorithm : "ssh-rsa".equals(type) ? RSA : List.of(type)) {
                if (offered.contains(algorithm)) {
                    wanted.add(algorithm);
                }
            }
        }
        return wanted.isEmpty() ? null : wanted.toArray(String[]::new);
    }

    /** Whether an algorithm the server used proves a key of this type. */
    static boolean proves(String algorithm, String keyType) {
        return keyType(algorithm).equals(keyType);
    }
}
