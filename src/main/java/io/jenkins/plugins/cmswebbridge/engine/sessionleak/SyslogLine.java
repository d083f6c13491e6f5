package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import java.time.Clock;
import java.time.Instant;

/**
 * The prefix of one syslog line: when, from which host, and the message. CMS's exact prefix is not
 * documented, so this accepts the usual shapes: an optional {@code <PRI>}, an optional RFC 5424 version,
 * a timestamp (RFC 3164 {@code Jun  8 14:53:18[.fff]}, ISO 8601 {@code 2020-06-08T14:53:18.149Z} or
 * {@code +02:00}, or {@code 2020-06-08 14:53:18[.fff]}), an optional {@code facility.level} token such as
 * {@code user.info}, then the host and, after spaces, the message: the rest of the line. Times without a zone are
 * UTC.
 *
 * <p>Read by hand, one character after the other, rather than with a regular expression: the scan meets tens of
 * thousands of statistics lines in a large syslog, and a process that starts cold spent most of its time in the
 * matcher. {@code SyslogLineTest} checks this reader against the regular expression it replaced.
 */
record SyslogLine(Instant time, String host, String message) {

    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private static final String[] LEVELS = {
        "emerg", "alert", "crit", "err", "error", "warning", "warn", "notice", "info", "debug"
    };

    /**
     * @param clock gives the year of RFC 3164 timestamps: this year, or last year when that would put the
     *     line more than a day in the future (December lines read in January)
     * @return the parsed prefix, or {@code null} when the line has none
     */
    static SyslogLine parse(String line, Clock clock) {
        LineCursor c = new LineCursor(line, 0);
        if (c.take('<') && (c.digits(1, 3) < 0 || !c.take('>'))) { // <PRI>
            return null;
        }
        c.take("1 ");
        Instant time = !c.atEnd() && LineCursor.isDigit(line.charAt(c.at())) ? iso(c) : yearless(c, line, clock);
        if (time == null || c.spaces() == 0) {
            return null;
        }
        int first = c.at();
        int firstEnd = first + c.word();
        if (isFacility(line, first, firstEnd)) {
            c.spaces();
            int host = c.at();
            int hostEnd = host + c.word();
            if (isHost(line, host, hostEnd) && c.spaces() > 0) {
                return new SyslogLine(time, line.substring(host, hostEnd), line.substring(c.at()));
            }
            c = new LineCursor(line, firstEnd); // no host after it: the token itself is the host
        }
        if (!isHost(line, first, firstEnd) || c.spaces() == 0) {
            return null;
        }
        return new SyslogLine(time, line.substring(first, firstEnd), line.substring(c.at()));
    }

    /** A host is a non-empty word without a double quote. */
    private static boolean isHost(String line, int from, int end) {
        if (from == end) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (line.charAt(i) == '"') {
                return false;
            }
        }
        return true;
    }

    /** {@code yyyy-MM-dd[T ]HH:mm:ss[.f{1,9}][Z|+HH:mm|+HHmm]}, or null. */
    private static Instant iso(LineCursor c) {
        int year = fixed(c, 4);
        int month = year >= 0 && c.take('-') ? fixed(c, 2) : -1;
        int day = month >= 0 && c.take('-') ? fixed(c, 2) : -1;
        long epochDay = day >= 0 ? CivilTime.epochDay(year, month, day) : CivilTime.NO_SUCH_DAY;
        if (epochDay == CivilTime.NO_SUCH_DAY || !c.take('T') && !c.take(' ')) {
            return null;
        }
        long nanoOfDay = nanoOfDay(c);
        if (nanoOfDay < 0) {
            return null;
        }
        int sign = c.take('Z') ? 0 : c.take('+') ? 1 : c.take('-') ? -1 : 0;
        int offset = 0;
        if (sign != 0) {
            int hours = c.leadingDigits(2); // +HHmm or +HH:mm
            c.take(':');
            int minutes = hours >= 0 ? fixed(c, 2) : -1;
            if (minutes < 0 || minutes > 59 || hours * 60 + minutes > 18 * 60) {
                return null; // java.time's range of offsets: up to 18 hours either way
            }
            offset = sign * (hours * 3_600 + minutes * 60);
        }
        return instant(epochDay, nanoOfDay, offset);
    }

    /** {@code MMM( |  )d{1,2} HH:mm:ss[.f{1,9}]} in this year or the last, or null. */
    private static Instant yearless(LineCursor c, String line, Clock clock) {
        int month = month(line, c.at());
        if (month < 0) {
            return null;
        }
        c.skip(3);
        if (!c.take(' ')) {
            return null;
        }
        c.take(' ');
        int day = c.digits(1, 2) < 0 ? -1 : (int) c.value();
        if (day < 0 || !c.take(' ')) {
            return null;
        }
        long nanoOfDay = nanoOfDay(c);
        if (nanoOfDay < 0) {
            return null;
        }
        Instant now = clock.instant();
        int year = CivilTime.year(now.getEpochSecond());
        long epochDay = CivilTime.epochDay(year, month, day);
        if (epochDay == CivilTime.NO_SUCH_DAY || instant(epochDay, nanoOfDay, 0).isAfter(now.plusSeconds(86_400))) {
            epochDay = CivilTime.epochDay(year - 1, month, day);
        }
        return epochDay == CivilTime.NO_SUCH_DAY ? null : instant(epochDay, nanoOfDay, 0);
    }

    /** 1 to 12 for the English month abbreviation at {@code at}, or -1. */
    private static int month(String line, int at) {
        if (at + 3 > line.length()) {
            return -1;
        }
        char a = line.charAt(at);
        char b = line.charAt(at + 1);
        char c = line.charAt(at + 2);
        for (int m = 0; m < 12; m++) {
            if (MONTHS.charAt(3 * m) == a && MONTHS.charAt(3 * m + 1) == b && MONTHS.charAt(3 * m + 2) == c) {
                return m + 1;
            }
        }
        return -1;
    }

    /** {@code HH:mm:ss[.f{1,9}]} as nanoseconds since midnight, or -1 for no such time. */
    private static long nanoOfDay(LineCursor c) {
        int hour = fixed(c, 2);
        int minute = hour >= 0 && c.take(':') ? fixed(c, 2) : -1;
        int second = minute >= 0 && c.take(':') ? fixed(c, 2) : -1;
        if (second < 0 || hour > 23 || minute > 59 || second > 59) {
            return -1;
        }
        long nanos = 0;
        if (c.take('.')) {
            int digits = c.digits(1, 9);
            if (digits < 0) {
                return -1;
            }
            nanos = c.value();
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        }
        return (hour * 3_600L + minute * 60L + second) * 1_000_000_000L + nanos;
    }

    /** Exactly {@code count} digits (no more), as a number; -1 when they are not there. */
    private static int fixed(LineCursor c, int count) {
        return c.digits(count, count) < 0 ? -1 : (int) c.value();
    }

    private static Instant instant(long epochDay, long nanoOfDay, int offsetSeconds) {
        return Instant.ofEpochSecond(
                epochDay * 86_400L + nanoOfDay / 1_000_000_000L - offsetSeconds, nanoOfDay % 1_000_000_000L);
    }

    /** Whether {@code line[from, end)} is {@code [a-z]+[0-9]?.level}, such as {@code local0.info}. */
    private static boolean isFacility(String line, int from, int end) {
        int dot = line.indexOf('.', from);
        if (dot < 0 || dot >= end) {
            return false;
        }
        int letters = dot > from && LineCursor.isDigit(line.charAt(dot - 1)) ? dot - 1 : dot;
        if (letters == from) {
            return false;
        }
        for (int i = from; i < letters; i++) {
            char ch = line.charAt(i);
            if (ch < 'a' || ch > 'z') {
                return false;
            }
        }
        for (String level : LEVELS) {
            if (level.length() == end - dot - 1 && line.startsWith(level, dot + 1)) {
                return true;
            }
        }
        return false;
    }
}
