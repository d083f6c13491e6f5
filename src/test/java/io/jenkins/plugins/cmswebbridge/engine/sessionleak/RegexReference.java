package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expressions {@link SyslogLine} and {@link StatsLine} used before they were written by hand: the
 * reference their hand-written readers must agree with. The only intended difference: the hand-written reader takes
 * the message as the rest of the line, where {@code .*$} refused a message with a line separator inside.
 */
final class RegexReference {

    private static final String MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
    private static final Pattern PREFIX = Pattern.compile("^(?:<\\d{1,3}>)?(?:1 )?"
            + "(?:(?<iso>\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)(?<zone>Z|[+-]\\d{2}:?\\d{2})?"
            + "|(?<mon>" + MONTHS + ") {1,2}(?<day>\\d{1,2}) (?<time>\\d{2}:\\d{2}:\\d{2})(?<frac>\\.\\d{1,9})?)"
            + "\\s+(?:[a-z]+\\d?\\.(?:emerg|alert|crit|err|error|warning|warn|notice|info|debug)\\s+)?"
            + "(?<host>[^\\s\"]+)\\s+(?<msg>.*)$");
    private static final Pattern WEB_BRIDGE = Pattern.compile(
            "\\[DEBUGGING\\] Stats\\s+(\\d{1,10})\\s*,\\s*c:\\s*(\\d{1,19})\\s*,\\s*d:\\s*(\\d{1,19})\\b");
    private static final Pattern CMA = Pattern.compile("\"CMA\"\\s*:\\s*\"(\\d{1,10})\\s*/\\s*(\\d{1,10})\"");

    private RegexReference() {}

    static SyslogLine prefix(String line, Clock clock) {
        Matcher m = PREFIX.matcher(line);
        if (!m.matches()) {
            return null;
        }
        try {
            Instant time;
            if (m.group("iso") != null) {
                String iso = m.group("iso").replace(' ', 'T');
                String zone = m.group("zone");
                if (zone == null) {
                    time = LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
                } else {
                    String z = zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
                    time = OffsetDateTime.parse(iso + z).toInstant();
                }
            } else {
                time = yearless(m, clock);
            }
            return time == null ? null : new SyslogLine(time, m.group("host"), m.group("msg"));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant yearless(Matcher m, Clock clock) {
        Instant now = clock.instant();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        String frac = m.group("frac") == null ? "" : m.group("frac");
        String rest = String.format(
                java.util.Locale.ROOT,
                "-%02d-%02dT%s%s",
                MONTHS.indexOf(m.group("mon")) / 4 + 1,
                Integer.parseInt(m.group("day")),
                m.group("time"),
                frac);
        Instant candidate = at(year, rest);
        if (candidate == null || candidate.isAfter(now.plusSeconds(86_400))) {
            candidate = at(year - 1, rest);
        }
        return candidate;
    }

    private static Instant at(int year, String rest) {
        try {
            return LocalDateTime.parse(year + rest).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static StatsLine.Reading stats(String line, Clock clock) {
        boolean web = line.contains(StatsLine.WEB_BRIDGE_MARKER);
        boolean call = !web && line.contains(StatsLine.CALL_BRIDGE_MARKER);
        if (!web && !call) {
            return StatsLine.OTHER;
        }
        SyslogLine p = prefix(line, clock);
        if (p == null) {
            return new StatsLine.Malformed("no syslog timestamp and host before the statistics");
        }
        try {
            if (web) {
                Matcher m = WEB_BRIDGE.matcher(p.message());
                if (!m.find()) {
                    return new StatsLine.Malformed("web bridge Stats line not in the form 'Stats N, c:N, d:N'");
                }
                return new StatsLine.WebBridge(
                        p.host(),
                        p.time(),
                        Integer.parseInt(m.group(1)),
                        Long.parseLong(m.group(2)),
                        Long.parseLong(m.group(3)));
            }
            Matcher m = CMA.matcher(p.message());
            if (!m.find()) {
                return new StatsLine.Malformed("call bridge STATS line without a \"CMA\": \"active/peak\" field");
            }
            return new StatsLine.CallBridge(
                    p.host(), p.time(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (NumberFormatException e) {
            return new StatsLine.Malformed("number out of range");
        }
    }
}
