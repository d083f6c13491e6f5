package io.jenkins.plugins.cmswebbridge.engine.hosts;

import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
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
        List<ValueProblem> duplicates = new ArrayList<>();
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
                    if (first != null && first.display().equals(address.display())) {
                        duplicates.add(ValueProblem.of(
                                ProblemCode.HOST_DUPLICATE, lineNo, address.display(), first.getLine()));
                    } else if (first != null) {
                        duplicates.add(ValueProblem.of(
                                ProblemCode.HOST_DUPLICATE_SPELLING,
                                lineNo,
                                address.display(),
                                first.getLine(),
                                first.display()));
                    }
                } catch (InvalidValueException e) {
                    problems.add(new HostListException.Problem(lineNo, entry, e.getProblem()));
                }
            }
        }
        if (problems.isEmpty() && seen.isEmpty()) {
            problems.add(new HostListException.Problem(0, "", ValueProblem.of(ProblemCode.HOST_EMPTY_LIST)));
        }
        if (seen.size() > MAX_HOSTS) {
            problems.add(new HostListException.Problem(
                    0, "", ValueProblem.of(ProblemCode.HOST_TOO_MANY, seen.size(), MAX_HOSTS)));
        }
        if (!problems.isEmpty()) {
            throw new HostListException(problems);
        }
        return new HostList(new ArrayList<>(seen.values()), duplicates);
    }

    /** Parses one entry; the exception says what is wrong with it. */
    static HostAddress parseEntry(String entry, int defaultPort, int lineNo) {
        for (char c : entry.toCharArray()) {
            if (SHELL_METACHARACTERS.indexOf(c) >= 0) {
                throw new InvalidValueException(ProblemCode.HOST_SHELL_CHARACTER, Text.clip(String.valueOf(c), 1));
            }
            if (c < 0x21 || c > 0x7e) {
                throw new InvalidValueException(
                        ProblemCode.HOST_CONTROL_CHARACTER, String.format(Locale.ROOT, "%04X", (int) c));
            }
        }
        String host;
        String portText = null;
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw new InvalidValueException(ProblemCode.HOST_UNCLOSED_BRACKET);
            }
            host = entry.substring(1, close);
            String rest = entry.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new InvalidValueException(ProblemCode.HOST_AFTER_BRACKET);
                }
                portText = rest.substring(1);
            }
            checkIpv6(host);
        } else {
            int colon = entry.indexOf(':');
            if (colon >= 0 && entry.indexOf(':', colon + 1) >= 0) {
                throw new InvalidValueException(
                        ProblemCode.HOST_UNBRACKETED_IPV6, Text.clip(entry, HostListException.MAX_ECHO));
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
            throw new InvalidValueException(ProblemCode.HOST_EMPTY_PORT);
        }
        if (!DIGITS.matcher(text).matches() || text.length() > 5) {
            throw new InvalidValueException(
                    ProblemCode.HOST_PORT_NOT_NUMBER, Text.clip(text, HostListException.MAX_ECHO));
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw new InvalidValueException(ProblemCode.HOST_PORT_RANGE, port);
        }
        return port;
    }

    private static void checkHostName(String host) {
        if (host.isEmpty()) {
            throw new InvalidValueException(ProblemCode.HOST_NO_NAME);
        }
        if (host.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException(ProblemCode.HOST_NAME_TOO_LONG, host.length(), MAX_NAME_LENGTH);
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] labels = name.split("\\.", -1);
        boolean numeric = true;
        for (String label : labels) {
            if (label.isEmpty()) {
                throw new InvalidValueException(ProblemCode.HOST_EMPTY_PART);
            }
            if (label.length() > MAX_LABEL_LENGTH) {
                throw new InvalidValueException(ProblemCode.HOST_PART_TOO_LONG, label.length(), MAX_LABEL_LENGTH);
            }
            if (!LABEL.matcher(label).matches()) {
                char bad = firstBadCharacter(label);
                if (bad != 0) {
                    throw new InvalidValueException(ProblemCode.HOST_BAD_CHARACTER, Text.clip(String.valueOf(bad), 1));
                }
                throw new InvalidValueException(
                        ProblemCode.HOST_PART_HYPHEN, Text.clip(label, HostListException.MAX_ECHO));
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
            throw new InvalidValueException(ProblemCode.HOST_IPV4_PARTS);
        }
        for (String part : parts) {
            if (part.length() > 3 || Integer.parseInt(part) > 255) {
                throw new InvalidValueException(
                        ProblemCode.HOST_IPV4_NUMBER, Text.clip(part, HostListException.MAX_ECHO));
            }
        }
    }

    /** Checks an IPv6 literal (RFC 4291 text forms, optionally ending in an IPv4 address); zones are refused. */
    static void checkIpv6(String address) {
        if (address.isEmpty()) {
            throw new InvalidValueException(ProblemCode.HOST_IPV6_EMPTY);
        }
        if (address.indexOf('%') >= 0) {
            throw new InvalidValueException(ProblemCode.HOST_IPV6_ZONE);
        }
        int doubleColon = address.indexOf("::");
        if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) {
            throw new InvalidValueException(ProblemCode.HOST_IPV6_TWO_DOUBLE_COLONS);
        }
        List<String> groups = new ArrayList<>();
        if (doubleColon >= 0) {
            addGroups(address.substring(0, doubleColon), groups);
            addGroups(address.substring(doubleColon + 2), groups);
        } else {
            addGroups(address, groups);
        }
        int count = 0;
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            if (group.indexOf('.') >= 0) {
                if (i != groups.size() - 1) {
                    throw new InvalidValueException(ProblemCode.HOST_IPV6_IPV4_NOT_LAST);
                }
                checkIpv4(group);
                count += 2;
            } else if (HEX_GROUP.matcher(group).matches()) {
                count++;
            } else {
                throw new InvalidValueException(
                        ProblemCode.HOST_IPV6_GROUP, Text.clip(group, HostListException.MAX_ECHO));
            }
        }
        if (doubleColon >= 0 ? count > 7 : count != 8) {
            throw new InvalidValueException(ProblemCode.HOST_IPV6_GROUP_COUNT);
        }
    }

    private static void addGroups(String part, List<String> groups) {
        if (part.isEmpty()) {
            return;
        }
        for (String group : part.split(":", -1)) {
            if (group.isEmpty()) {
                throw new InvalidValueException(ProblemCode.HOST_IPV6_EMPTY_GROUP);
            }
            groups.add(group);
        }
    }
}
