package io.jenkins.plugins.cmswebbridge.engine.leak;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prefix of one syslog line: when, from which host, and the message. CMS's exact prefix is not
 * documented, so this accepts the usual shapes: an optional {@code <PRI>}, an optional RFC 5424 version,
 * a timestamp (RFC 3164 {@code Jun  8 14:53:18[.fff]}, ISO 8601 {@code 2020-06-08T14:53:18.149Z} or
 * {@code +02:00}, or {@code 2020-06-08 14:53:18[.fff]}), an optional {@code facility.level} token such as
 * {@code user.info}, then the host and the message. Times without a zone are UTC.
 */
record SyslogLine(Instant time, String host, String message) {

    private static final String MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
    private static final Pattern PREFIX = Pattern.compile("^(?:<\\d{1,3}>)?(?:1 )?"
            + "(?:(?<iso>\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)(?<zone>Z|[+-]\\d{2}:?\\d{2})?"
            + "|(?<mon>" + MONTHS + ") {1,2}(?<day>\\d{1,2}) (?<time>\\d{2}:\\d{2}:\\d{2})(?<frac>\\.\\d{1,9})?)"
            + "\\s+(?:[a-z]+\\d?\\.(?:emerg|alert|crit|err|error|warning|warn|notice|info|debug)\\s+)?"
            + "(?<host>[^\\s\"]+)\\s+(?<msg>.*)$");

    /**
     * @param clock gives the year of RFC 3164 timestamps: this year, or last year when that would put the
     *     line more than a day in the future (December lines read in January)
     * @return the parsed prefix, or {@code null} when the line has none
     */
    static SyslogLine parse(String line, Clock clock) {
        Matcher m = PREFIX.matcher(line);
        if (!m.matches()) {
            return null;
        }
        Instant time;
        try {
            time = m.group("iso") != null ? isoTime(m.group("iso"), m.group("zone")) : yearless(m, clock);
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
        return time == null ? null : new SyslogLine(time, m.group("host"), m.group("msg"));
    }

    private static Instant isoTime(String text, String zone) {
        String iso = text.replace(' ', 'T');
        if (zone == null) {
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        }
        String z = zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
        return OffsetDateTime.parse(iso + z).toInstant();
    }

    private static Instant yearless(Matcher m, Clock clock) {
        Instant now = clock.instant();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        String frac = m.group("frac") == null ? "" : m.group("frac");
        String text = String.format(
                Locale.ROOT,
                "-%02d-%02dT%s%s",
                month(m.group("mon")),
                Integer.parseInt(m.group("day")),
                m.group("time"),
                frac);
        Instant candidate = at(year, text);
        if (candidate == null || candidate.isAfter(now.plusSeconds(86_400))) {
            candidate = at(year - 1, text);
        }
        return candidate;
    }

    private static Instant at(int year, String rest) {
        try {
            return LocalDateTime.parse(year + rest).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null; // e.g. Feb 29 in a year without it
        }
    }

    private static int month(String name) {
        return MONTHS.indexOf(name) / 4 + 1;
    }
}
