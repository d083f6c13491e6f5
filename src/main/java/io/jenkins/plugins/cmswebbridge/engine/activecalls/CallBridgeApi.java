package io.jenkins.plugins.cmswebbridge.engine.activecalls;

import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The REST API address of one call bridge, e.g. {@code https://cms1.example.com:445}. */
public final class CallBridgeApi implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The status resource that holds {@code callLegsActive}. */
    public static final String STATUS_PATH = "/api/v1/system/status";

    private final String scheme;
    private final String host;
    private final int port;

    private CallBridgeApi(String host, int port) {
        this.scheme = "https";
        this.host = host;
        this.port = port;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public URI statusUri() {
        return URI.create(scheme + "://" + authority() + STATUS_PATH);
    }

    /** {@code host:port}, IPv6 in brackets. */
    public String display() {
        return authority();
    }

    private String authority() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return display();
    }

    /**
     * Parses a list typed in a form: one address per line (commas and spaces also separate), {@code #}
     * comments and blank lines ignored, duplicates dropped.
     *
     * @throws InvalidValueException listing every bad entry with its line number
     */
    public static List<CallBridgeApi> parseList(String text) {
        Set<String> seen = new LinkedHashSet<>();
        List<CallBridgeApi> apis = new ArrayList<>();
        List<ValueProblem> problems = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            for (String entry : line.trim().split("[\\s,]+")) {
                if (entry.isEmpty()) {
                    continue;
                }
                try {
                    CallBridgeApi api = parse(entry);
                    if (seen.add(api.display())) {
                        apis.add(api);
                    }
                } catch (InvalidValueException e) {
                    problems.add(ValueProblem.of(ProblemCode.LINE, i + 1, e.getProblem()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidValueException(ValueProblem.several(problems), null);
        }
        if (apis.isEmpty()) {
            throw new InvalidValueException(ProblemCode.API_NONE);
        }
        return apis;
    }

    /** @throws InvalidValueException saying what is wrong with the entry */
    static CallBridgeApi parse(String raw) {
        if (raw.indexOf('@') >= 0) {
            // a user name or password typed into the address: never repeat any of it
            throw new InvalidValueException(ProblemCode.API_USER_INFO);
        }
        String entry = Text.clip(raw, 80);
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw new InvalidValueException(ProblemCode.API_NOT_AN_ADDRESS, entry, Text.clip(e.getReason(), 200));
        }
        if (uri.getScheme() == null || !uri.isAbsolute() || uri.getRawAuthority() == null) {
            throw new InvalidValueException(ProblemCode.API_FORM, entry);
        }
        if (!uri.getScheme().toLowerCase(Locale.ROOT).equals("https")) {
            throw new InvalidValueException(ProblemCode.API_NOT_HTTPS, entry);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidValueException(ProblemCode.API_NO_HOST, entry);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidValueException(ProblemCode.API_QUERY, entry);
        }
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw new InvalidValueException(ProblemCode.API_PATH, entry, STATUS_PATH);
        }
        int port = uri.getPort() == -1 ? 443 : uri.getPort();
        if (port < 1 || port > 65535) {
            throw new InvalidValueException(ProblemCode.API_PORT, entry, port);
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new CallBridgeApi(host.toLowerCase(Locale.ROOT), port);
    }
}
