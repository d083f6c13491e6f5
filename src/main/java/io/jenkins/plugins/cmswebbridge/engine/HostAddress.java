package io.jenkins.plugins.cmswebbridge.engine;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One MMP to restart: a host name or IP literal, a TCP port and the line of the host list it came from.
 * IPv6 literals are stored without brackets.
 */
public final class HostAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The MMP's SSH port when none is given. */
    public static final int DEFAULT_SSH_PORT = 22;

    private final String host;
    private final int port;
    private final int line;

    public HostAddress(String host, int port, int line) {
        this.host = Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
        }
        this.port = port;
        this.line = line;
    }

    public HostAddress(String host, int port) {
        this(host, port, 0);
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    /** The 1-based line of the host list this entry came from, or 0 when it did not come from a list. */
    public int getLine() {
        return line;
    }

    public boolean isIpv6Literal() {
        return host.indexOf(':') >= 0;
    }

    /** The host as written in a URL or known_hosts file: IPv6 literals in brackets. */
    public String bracketedHost() {
        return isIpv6Literal() ? "[" + host + "]" : host;
    }

    /** The name OpenSSH uses in known_hosts: {@code host} on port 22, {@code [host]:port} otherwise. */
    public String knownHostsName() {
        return port == DEFAULT_SSH_PORT ? host : "[" + host + "]:" + port;
    }

    /** {@code host:port}, with IPv6 literals in brackets. */
    public String display() {
        return bracketedHost() + ":" + port;
    }

    /** The key used to find duplicates: host names are case-insensitive. */
    String identity() {
        return host.toLowerCase(Locale.ROOT) + "|" + port;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HostAddress)) {
            return false;
        }
        HostAddress other = (HostAddress) o;
        return identity().equals(other.identity());
    }

    @Override
    public int hashCode() {
        return identity().hashCode();
    }

    @Override
    public String toString() {
        return display();
    }
}
