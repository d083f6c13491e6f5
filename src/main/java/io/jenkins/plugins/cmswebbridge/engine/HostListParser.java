package io.jenkins.plugins.cmswebbridge.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the host list an administrator types: one host per line, or several separated by commas or
 * spaces; {@code host}, {@code host:port}, {@code [ipv6]} or {@code [ipv6]:port}; {@code #} starts a
 * comment. Every entry is checked without touching the network; all problems are reported together.
 */
public final class HostListParser {

    /** Longest DNS name (RFC 1035). */
    static final int MAX_NAME_LENGTH = 253;

    static final int MAX_LABEL_LENGTH = 63;
    /** A Jenkins text area can hold a lot; more hosts than this is surely a mistake. */
    static final int MAX_HOSTS = 1000;

    private static final String SHELL_METACHARACTERS = ";|&$`\\'\"<>(){}*?!~^";
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private HostListParser() {}

    /**
     * @param text the host list as typed
     * @param defaultPort the port of entries that give none
     * @throws HostListException listing every bad entry with its line number, or an empty list
     */
    public static HostList parse(String text, int defaultPort) {
        if (defaultPort < 1 || defaultPort > 65535) {
            throw new IllegalArgumentException("default port must be between 1 and 65535, was " + defaultPort);
        }
        List<HostListException.Problem> problems = new ArrayList<>();
        Map<String, HostAddress> seen = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            for (String entry : line.split("[,\\s]+")) {
                if (entry.isEmpty()) {
                    continue;
                }
                try {
                    HostAddress address = parseEntry(entry, defaultPort, lineNo);
                    HostAddress first = seen.putIfAbsent(address.identity(), address);
                    if (first != null) {
                        duplicates.add("line " + lineNo + ": " + address.display() + " repeats line " + first.getLine()
                                + "; it is restarted once");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new HostListException.Problem(lineNo, entry, e.getMessage()));
                }
            }
        }
        if (problems.isEmpty() && seen.isEmpty()) {
            problems.add(new HostListException.Problem(0, "", "the host list is empty: give at least one MMP host"));
        }
        if (seen.size() > MAX_HOSTS) {
            problems.add(new HostListException.Problem(
                    0, "", "the host list has " + seen.size() + " hosts; at most " + MAX_HOSTS + " are allowed"));
        }
        if (!problems.isEmpty()) {
            throw new HostListException(problems);
        }
        return new HostList(new ArrayList<>(seen.values()), duplicates);
    }

    /** Parses one entry; the message of the exception says what is wrong with it. */
    static HostAddress parseEntry(String entry, int defaultPort, int lineNo) {
        for (char c : entry.toCharArray()) {
            if (SHELL_METACHARACTERS.indexOf(c) >= 0) {
                throw new IllegalArgumentException(
                        "contains the shell metacharacter '" + Text.clip(String.valueOf(c), 1) + "'");
            }
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("contains a control or non-ASCII character (U+"
                        + String.format(Locale.ROOT, "%04X", (int) c) + ")");
            }
        }
        String host;
        String portText = null;
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("has '[' without a closing ']'");
            }
            host = entry.substring(1, close);
            String rest = entry.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException("has text after ']' that is not ':port'");
                }
                portText = rest.substring(1);
            }
            checkIpv6(host);
        } else {
            int colon = entry.indexOf(':');
            if (colon >= 0 && entry.indexOf(':', colon + 1) >= 0) {
                String shown = Text.clip(entry, HostListException.MAX_ECHO);
                throw new IllegalArgumentException(
                        "looks like an IPv6 address: write it in brackets, e.g. [" + shown + "] or [" + shown + "]:22");
            }
            host = colon >= 0 ? entry.substring(0, colon) : entry;
            portText = colon >= 0 ? entry.substring(colon + 1) : null;
            checkHostName(host);
        }
        int port = portText == null ? defaultPort : parsePort(portText);
        return new HostAddress(host, port, lineNo);
    }

    private static int parsePort(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("has an empty port after ':'");
        }
        if (!DIGITS.matcher(text).matches() || text.length() > 5) {
            throw new IllegalArgumentException("has the port '" + Text.clip(text, HostListException.MAX_ECHO)
                    + "', which is not a number from 1 to 65535");
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("has the port " + port + ", outside 1 to 65535");
        }
        return port;
    }

    private static void checkHostName(String host) {
        if (host.isEmpty()) {
            throw new IllegalArgumentException("has no host name before ':'");
        }
        if (host.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    "is " + host.length() + " characters long; a host name has at most " + MAX_NAME_LENGTH);
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] labels = name.split("\\.", -1);
        boolean numeric = true;
        for (String label : labels) {
            if (label.isEmpty()) {
                throw new IllegalArgumentException("has an empty part between dots");
            }
            if (label.length() > MAX_LABEL_LENGTH) {
                throw new IllegalArgumentException("has a part of " + label.length()
                        + " characters; each part of a host name has at most " + MAX_LABEL_LENGTH);
            }
            if (!LABEL.matcher(label).matches()) {
                char bad = firstBadCharacter(label);
                if (bad != 0) {
                    throw new IllegalArgumentException("contains the character '" + Text.clip(String.valueOf(bad), 1)
                            + "', which is not allowed in a host name (letters, digits, '-' and '.')");
                }
                throw new IllegalArgumentException("has the part '" + Text.clip(label, HostListException.MAX_ECHO)
                        + "', which starts or ends with '-'");
            }
            numeric &= DIGITS.matcher(label).matches();
        }
        if (numeric) {
            checkIpv4(name);
        }
    }

    private static char firstBadCharacter(String label) {
        for (char c : label.toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!ok) {
                return c;
            }
        }
        return 0;
    }

    private static void checkIpv4(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("is all digits but not an IPv4 address of four numbers");
        }
        for (String part : parts) {
            if (part.length() > 3 || Integer.parseInt(part) > 255) {
                throw new IllegalArgumentException("is not a valid IPv4 address: '"
                        + Text.clip(part, HostListException.MAX_ECHO) + "' is not a number from 0 to 255");
            }
        }
    }

    /** Checks an IPv6 literal (RFC 4291 text forms, optionally ending in an IPv4 address); zones are refused. */
    static void checkIpv6(String address) {
        if (address.isEmpty()) {
            throw new IllegalArgumentException("has empty brackets");
        }
        if (address.indexOf('%') >= 0) {
            throw new IllegalArgumentException("has an IPv6 zone ('%'), which is not supported");
        }
        String invalid = "is not a valid IPv6 address";
        int doubleColon = address.indexOf("::");
        if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) {
            throw new IllegalArgumentException(invalid + ": '::' appears twice");
        }
        List<String> groups = new ArrayList<>();
        if (doubleColon >= 0) {
            addGroups(address.substring(0, doubleColon), groups, invalid);
            addGroups(address.substring(doubleColon + 2), groups, invalid);
        } else {
            addGroups(address, groups, invalid);
        }
        int count = 0;
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            if (group.indexOf('.') >= 0) {
                if (i != groups.size() - 1) {
                    throw new IllegalArgumentException(invalid + ": an IPv4 part must come last");
                }
                checkIpv4(group);
                count += 2;
            } else if (HEX_GROUP.matcher(group).matches()) {
                count++;
            } else {
                throw new IllegalArgumentException(
                        invalid + ": '" + Text.clip(group, HostListException.MAX_ECHO) + "' is not 1 to 4 hex digits");
            }
        }
        if (doubleColon >= 0 ? count > 7 : count != 8) {
            throw new IllegalArgumentException(invalid + ": wrong number of groups");
        }
    }

    private static void addGroups(String part, List<String> groups, String invalid) {
        if (part.isEmpty()) {
            return;
        }
        for (String group : part.split(":", -1)) {
            if (group.isEmpty()) {
                throw new IllegalArgumentException(invalid + ": empty group");
            }
            groups.add(group);
        }
    }
}
