package io.jenkins.plugins.cmswebbridge.engine.ssh;

import java.io.Serializable;
import java.time.Duration;

/**
 * How long reaching an MMP may take, for every SSH connection the engine makes (a restart, a log fetch): the TCP
 * connect, the banner and key exchange, and the authentication. Each is positive and at most {@link #MAX_TIMEOUT}
 * (the bound of every timeout of the engine's settings); a timeout cannot be switched off.
 *
 * @param connect the TCP connect
 * @param kex the SSH banner and key exchange, counted from the start of the connection
 * @param auth the authentication, enforced by a watchdog
 */
public record SshTimeouts(Duration connect, Duration kex, Duration auth) implements Serializable {

    /** The longest any timeout of the engine's settings may be. */
    public static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    public static final Duration DEFAULT_CONNECT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_KEX = Duration.ofSeconds(20);
    public static final Duration DEFAULT_AUTH = Duration.ofSeconds(20);

    /** The defaults: 10 s to connect, 20 s for the key exchange, 20 s to authenticate. */
    public static final SshTimeouts DEFAULT = new SshTimeouts(DEFAULT_CONNECT, DEFAULT_KEX, DEFAULT_AUTH);

    /** @throws IllegalArgumentException naming the field ({@code connectTimeout} ...) of the first bad value */
    public SshTimeouts {
        check("connectTimeout", connect);
        check("kexTimeout", kex);
        check("authTimeout", auth);
    }

    /** These timeouts with another connect timeout. */
    public SshTimeouts withConnect(Duration value) {
        return new SshTimeouts(value, kex, auth);
    }

    /**
     * Checks one timeout of the engine's settings.
     *
     * @throws IllegalArgumentException naming {@code field}: unset, not positive, or over an hour
     */
    public static void check(String field, Duration value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must be set");
        }
        if (value.toMillis() < 1) {
            throw new IllegalArgumentException(
                    field + ": must be positive, was " + value.toMillis() + " ms (a timeout cannot be switched off)");
        }
        if (value.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(field + ": must be at most 1 hour, was " + value.toSeconds() + " s");
        }
    }
}
