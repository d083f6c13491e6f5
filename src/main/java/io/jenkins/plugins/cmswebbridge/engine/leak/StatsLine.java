package io.jenkins.plugins.cmswebbridge.engine.leak;

import java.time.Clock;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the two statistics lines of Cisco's note on CSCvt73723 in a syslog line:
 * <ul>
 * <li>web bridge: {@code "webbridge": INFO : [DEBUGGING] Stats 149, c:3477, d:3170}, the first number being
 * the active sessions;</li>
 * <li>call bridge, every 5 minutes from CMS 2.8: {@code INFO : STATS: {... "CMA": "14/17", ...}}, CMA sessions
 * active / peak over the last 5 minutes.</li>
 * </ul>
 * A line with either marker that cannot be read completely is malformed, with a reason; it never throws.
 */
final class StatsLine {

    static final String WEB_BRIDGE_MARKER = "[DEBUGGING] Stats";
    static final String CALL_BRIDGE_MARKER = "STATS:";

    private static final Pattern WEB_BRIDGE = Pattern.compile(
            "\\[DEBUGGING\\] Stats\\s+(\\d{1,10})\\s*,\\s*c:\\s*(\\d{1,19})\\s*,\\s*d:\\s*(\\d{1,19})\\b");
    private static final Pattern CMA = Pattern.compile("\"CMA\"\\s*:\\s*\"(\\d{1,10})\\s*/\\s*(\\d{1,10})\"");

    /** What one line holds. */
    sealed interface Result permits Sample, Malformed, Other {}

    /** A statistics sample of one host at one time. */
    sealed interface Sample extends Result permits WebBridge, CallBridge {
        String host();

        Instant time();
    }

    record WebBridge(String host, Instant time, int active, long c, long d) implements Sample {}

    record CallBridge(String host, Instant time, int cmaActive, int cmaPeak) implements Sample {}

    record Malformed(String reason) implements Result {}

    /** No statistics marker: an ordinary log line. */
    record Other() implements Result {}

    static final Other OTHER = new Other();

    private StatsLine() {}

    static boolean hasMarker(String line) {
        return line.contains(WEB_BRIDGE_MARKER) || line.contains(CALL_BRIDGE_MARKER);
    }

    static Result parse(String line, Clock clock) {
        boolean web = line.contains(WEB_BRIDGE_MARKER);
        boolean call = !web && line.contains(CALL_BRIDGE_MARKER);
        if (!web && !call) {
            return OTHER;
        }
        SyslogLine prefix = SyslogLine.parse(line, clock);
        if (prefix == null) {
            return new Malformed("no syslog timestamp and host before the statistics");
        }
        try {
            return web ? webBridge(prefix) : callBridge(prefix);
        } catch (NumberFormatException e) {
            return new Malformed("number out of range");
        }
    }

    private static Result webBridge(SyslogLine p) {
        Matcher m = WEB_BRIDGE.matcher(p.message());
        if (!m.find()) {
            return new Malformed("web bridge Stats line not in the form 'Stats N, c:N, d:N'");
        }
        return new WebBridge(
                p.host(),
                p.time(),
                Integer.parseInt(m.group(1)),
                Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)));
    }

    private static Result callBridge(SyslogLine p) {
        Matcher m = CMA.matcher(p.message());
        if (!m.find()) {
            return new Malformed("call bridge STATS line without a \"CMA\": \"active/peak\" field");
        }
        return new CallBridge(p.host(), p.time(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
