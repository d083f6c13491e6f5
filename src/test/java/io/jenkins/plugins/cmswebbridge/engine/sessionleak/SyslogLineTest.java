package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class SyslogLineTest {

    private static final Clock JUNE_2020 = Clock.fixed(Instant.parse("2020-06-09T00:00:00Z"), ZoneOffset.UTC);
    private static final Clock JANUARY_2021 = Clock.fixed(Instant.parse("2021-01-01T00:30:00Z"), ZoneOffset.UTC);

    private static SyslogLine parse(String line) {
        return SyslogLine.parse(line, JUNE_2020);
    }

    @Test
    void rfc3164PrefixWithFacility() {
        SyslogLine p = parse("Jun  8 14:53:18.25 user.info cmsfe1 \"webbridge\": INFO : x");
        assertEquals(new SyslogLine(Instant.parse("2020-06-08T14:53:18.250Z"), "cmsfe1", "\"webbridge\": INFO : x"), p);
    }

    @Test
    void isoAndRfc5424Prefixes() {
        assertEquals(
                new SyslogLine(Instant.parse("2020-06-08T14:53:19Z"), "cms2", "host - - - STATS:"),
                parse("<14>1 2020-06-08T16:53:19.000+02:00 cms2 host - - - STATS:"));
        assertEquals(
                Instant.parse("2020-06-08T20:23:19Z"),
                parse("2020-06-08T14:53:19-0530 h m").time());
        assertEquals(
                Instant.parse("2020-06-08T14:53:20.5Z"),
                parse("2020-06-08 14:53:20.5 local0.info cms3 m").time());
        assertEquals("cms3", parse("2020-06-08 14:53:20.5 local0.info cms3 m").host());
    }

    @Test
    void aFacilityTokenWithNothingAfterItIsTheHost() {
        SyslogLine p = parse("Jun  8 10:00:00 user.info cms1");
        assertEquals("user.info", p.host());
        assertEquals("cms1", p.message());
    }

    @Test
    void theYearOfAnRfc3164TimestampComesFromTheClock() {
        assertEquals(
                Instant.parse("2020-12-31T23:59:00Z"),
                SyslogLine.parse("Dec 31 23:59:00 h m", JANUARY_2021).time());
        assertEquals(
                Instant.parse("2021-01-01T00:10:00Z"),
                SyslogLine.parse("Jan  1 00:10:00 h m", JANUARY_2021).time());
        assertEquals(
                Instant.parse("2020-02-29T00:00:00Z"),
                SyslogLine.parse("Feb 29 00:00:00 h m", JANUARY_2021).time());
    }

    @Test
    void linesWithoutAUsablePrefixGiveNull() {
        for (String line : new String[] {
            "",
            "[DEBUGGING] Stats 5, c:1, d:1",
            "Jun 31 10:00:00 h m", // no such day
            "Jun  8 25:00:00 h m",
            "Jun   8 10:00:00 h m", // three spaces
            "jun  8 10:00:00 h m",
            "2020-02-30T10:00:00 h m",
            "2020-06-08T10:00:00+19:00 h m",
            "2020-06-08T10:00:00.1234567890 h m",
            "Jun  8 10:00:00 \"webbridge\": m",
            "Jun  8 10:00:00 h",
            "<1234>Jun  8 10:00:00 h m"
        }) {
            assertNull(parse(line), line);
        }
    }

    @Test
    void theMessageIsTheRestOfTheLineEvenWithALineSeparatorInside() {
        // the one intended difference from the regular expression, whose '.*$' refused such a line
        String line = "Jun  8 10:00:00 h a\u2028b";
        assertEquals("a\u2028b", parse(line).message());
        assertNull(RegexReference.prefix(line, JUNE_2020));
    }

    @Test
    void agreesWithTheRegularExpressionItReplacedOnFuzzedLines() {
        SyntaxFuzz fuzz = new SyntaxFuzz(8);
        int parsed = 0;
        for (int i = 0; i < 200_000; i++) {
            String line = fuzz.line();
            Clock clock = i % 2 == 0 ? JUNE_2020 : JANUARY_2021;
            SyslogLine expected = RegexReference.prefix(line, clock);
            assertEquals(expected, SyslogLine.parse(line, clock), line);
            parsed += expected == null ? 0 : 1;
        }
        // the fuzz must reach both sides: lines that parse and lines that do not
        assertTrue(parsed > 20_000, "parsed: " + parsed);
        assertTrue(parsed < 180_000, "parsed: " + parsed);
    }

    @Test
    void theFuzzIsTheSameOnEveryRun() {
        assertEquals(new SyntaxFuzz(8).line(), new SyntaxFuzz(8).line());
        assertNotEquals(Objects.hash(new SyntaxFuzz(8).line()), Objects.hash(new SyntaxFuzz(9).line()));
    }
}
