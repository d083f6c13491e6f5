package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import java.time.Clock;
import java.time.Instant;

/**
 * Recognises the two statistics lines of Cisco's note on CSCvt73723 in a syslog line:
 * <ul>
 * <li>web bridge: {@code "webbridge": INFO : [DEBUGGING] Stats 149, c:3477, d:3170}, the first number being
 * the active sessions;</li>
 * <li>call bridge, every 5 minutes from CMS 2.8: {@code INFO : STATS: {... "CMA": "14/17", ...}}, CMA sessions
 * active / peak over the last 5 minutes.</li>
 * </ul>
 * A line with either marker that cannot be read completely is malformed, with a reason; it never throws. Spaces are
 * allowed around the punctuation; the first place in the message where the whole form is found counts. Read by hand
 * like {@link SyslogLine}; {@code StatsLineTest} checks it against the regular expressions it replaced.
 */
final class StatsLine {

    static final String WEB_BRIDGE_MARKER = "[DEBUGGING] Stats";
    static final String CALL_BRIDGE_MARKER = "STATS:";
    private static final String CMA_KEY = "\"CMA\"";

    /** What one line holds. */
    sealed interface Reading permits Sample, Malformed, Other {}

    /** A statistics sample of one host at one time. */
    sealed interface Sample extends Reading permits WebBridge, CallBridge {
        String host();

        Instant time();
    }

    record WebBridge(String host, Instant time, int active, long c, long d) implements Sample {}

    record CallBridge(String host, Instant time, int cmaActive, int cmaPeak) implements Sample {}

    record Malformed(String reason) implements Reading {}

    /** No statistics marker: an ordinary log line. */
    record Other() implements Reading {}

    static final Other OTHER = new Other();

    private StatsLine() {}

    static Reading parse(String line, Clock clock) {
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

    private static Reading webBridge(SyslogLine p) {
        String message = p.message();
        for (int at = message.indexOf(WEB_BRIDGE_MARKER); at >= 0; at = message.indexOf(WEB_BRIDGE_MARKER, at + 1)) {
            // Stats N, c:N, d:N
            LineCursor c = new LineCursor(message, at + WEB_BRIDGE_MARKER.length());
            if (c.spaces() == 0) {
                continue;
            }
            int active = c.digits(1, 10);
            int activeEnd = c.at();
            if (active < 0 || !separator(c, "c:")) {
                continue;
            }
            int connected = c.digits(1, 19);
            int connectedEnd = c.at();
            if (connected < 0 || !separator(c, "d:")) {
                continue;
            }
            int disconnected = c.digits(1, 19);
            if (disconnected < 0 || c.atWordCharacter()) {
                continue;
            }
            return new WebBridge(
                    p.host(),
                    p.time(),
                    Integer.parseInt(message, activeEnd - active, activeEnd, 10),
                    Long.parseLong(message, connectedEnd - connected, connectedEnd, 10),
                    c.longBefore(disconnected));
        }
        return new Malformed("web bridge Stats line not in the form 'Stats N, c:N, d:N'");
    }

    /** {@code \s*,\s*label\s*} */
    private static boolean separator(LineCursor c, String label) {
        c.spaces();
        if (!c.take(',')) {
            return false;
        }
        c.spaces();
        if (!c.take(label)) {
            return false;
        }
        c.spaces();
        return true;
    }

    private static Reading callBridge(SyslogLine p) {
        String message = p.message();
        for (int at = message.indexOf(CMA_KEY); at >= 0; at = message.indexOf(CMA_KEY, at + 1)) {
            // "CMA": "active/peak"
            LineCursor c = new LineCursor(message, at + CMA_KEY.length());
            c.spaces();
            if (!c.take(':')) {
                continue;
            }
            c.spaces();
            if (!c.take('"')) {
                continue;
            }
            int active = c.digits(1, 10);
            int activeEnd = c.at();
            if (active < 0) {
                continue;
            }
            c.spaces();
            if (!c.take('/')) {
                continue;
            }
            c.spaces();
            int peak = c.digits(1, 10);
            if (peak < 0 || !c.take('"')) {
                continue;
            }
            return new CallBridge(
                    p.host(),
                    p.time(),
                    Integer.parseInt(message, activeEnd - active, activeEnd, 10),
                    Integer.parseInt(message, c.at() - 1 - peak, c.at() - 1, 10));
        }
        return new Malformed("call bridge STATS line without a \"CMA\": \"active/peak\" field");
    }
}
