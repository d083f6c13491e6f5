package io.jenkins.plugins.cmswebbridge.engine.hosts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One MMP to restart: a host name or IP literal, a TCP port and the line of the host list it came from.
 * IPv6 literals are stored without brackets.
 */
public final class HostAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The first six groups of an IPv4-mapped IPv6 address, {@code ::ffff:a.b.c.d}. */
    private static final int[] IPV4_MAPPED = {0, 0, 0, 0, 0, 0xffff};

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

    /**
     * The key two addresses share when they are the same MMP, and the one identity that the duplicates of a host
     * list, {@code only} and the host locks compare: {@code host|port}, the host lower case without a trailing dot;
     * an IPv6 literal as eight hexadecimal groups without leading zeros, or as its IPv4 address when it is
     * IPv4-mapped ({@code ::ffff:a.b.c.d}). The port is as parsed (the default port applied). Nothing is resolved:
     * a name and an address of the same MMP are two identities.
     */
    String identity() {
        String host = this.host.toLowerCase(Locale.ROOT);
        if (isIpv6Literal()) {
            host = ipv6(host);
        } else if (host.length() > 1 && host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host + "|" + port;
    }

    /** The normal form of an IPv6 literal (lower case), or the literal itself when it is not a valid one. */
    private static String ipv6(String literal) {
        int gap = literal.indexOf("::");
        List<Integer> head = groups(gap < 0 ? literal : literal.substring(0, gap));
        List<Integer> tail = groups(gap < 0 ? "" : literal.substring(gap + 2));
        if (head == null || tail == null || (gap < 0 ? head.size() != 8 : head.size() + tail.size() > 7)) {
            return literal;
        }
        int[] groups = new int[8];
        for (int i = 0; i < head.size(); i++) {
            groups[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            groups[8 - tail.size() + i] = tail.get(i);
        }
        if (Arrays.equals(groups, 0, 6, IPV4_MAPPED, 0, 6)) {
            return (groups[6] >> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >> 8) + "." + (groups[7] & 0xff);
        }
        StringBuilder normal = new StringBuilder();
        for (int group : groups) {
            normal.append(normal.length() == 0 ? "" : ":").append(Integer.toHexString(group));
        }
        return normal.toString();
    }

    /** The 16-bit groups of part of an IPv6 literal (an IPv4 address last counts as two), or {@code null}. */
    private static List<Integer> groups(String part) {
        List<Integer> groups = new ArrayList<>();
        if (part.isEmpty()) {
            return groups;
        }
        String[] texts = part.split(":", -1);
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            if (i == texts.length - 1 && text.matches("([0-9]{1,3}\\.){3}[0-9]{1,3}")) {
                int[] v = Arrays.stream(text.split("\\."))
                        .mapToInt(Integer::parseInt)
                        .toArray();
                if (Arrays.stream(v).anyMatch(octet -> octet > 255)) {
                    return null;
                }
                groups.add(v[0] << 8 | v[1]);
                groups.add(v[2] << 8 | v[3]);
            } else if (text.matches("[0-9a-f]{1,4}")) {
                groups.add(Integer.parseInt(text, 16));
            } else {
                return null;
            }
        }
        return groups;
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
