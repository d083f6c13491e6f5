package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsLineTest {

    private static final Clock JUNE_2020 = Clock.fixed(Instant.parse("2020-06-09T00:00:00Z"), ZoneOffset.UTC);
    private static final String PREFIX = "Jun  8 10:00:00 user.info cms1 ";
    private static final Instant TEN = Instant.parse("2020-06-08T10:00:00Z");

    private static StatsLine.Reading parse(String message) {
        return StatsLine.parse(PREFIX + message, JUNE_2020);
    }

    private static String reason(String message) {
        return assertInstanceOf(StatsLine.Malformed.class, parse(message)).reason();
    }

    @Test
    void webBridgeStatistics() {
        assertEquals(
                new StatsLine.WebBridge("cms1", TEN, 149, 3477, 3170),
                parse("\"webbridge\": INFO : [DEBUGGING] Stats 149, c:3477, d:3170"));
        assertEquals(new StatsLine.WebBridge("cms1", TEN, 5, 1, 2), parse("[DEBUGGING] Stats \t5 ,c: 1 , d:2."));
        assertEquals(
                new StatsLine.WebBridge("cms1", TEN, 7, 2, 3),
                parse("[DEBUGGING] Stats x [DEBUGGING] Stats 7, c:2, d:3"),
                "the first complete form counts");
    }

    @Test
    void callBridgeStatistics() {
        assertEquals(
                new StatsLine.CallBridge("cms1", TEN, 14, 17),
                parse("INFO : STATS: {\"callLegsPS\": 1, \"CMA\": \"14/17\", \"sip\": 2}"));
        assertEquals(new StatsLine.CallBridge("cms1", TEN, 1, 2), parse("STATS: {\"CMA\" :\"1 / 2\"}"));
        assertEquals(new StatsLine.CallBridge("cms1", TEN, 3, 4), parse("STATS: {\"CMA\": \"1/\", \"CMA\": \"3/4\"}"));
    }

    @Test
    void incompleteOrOutOfRangeFiguresAreMalformedWithAReason() {
        assertTrue(reason("[DEBUGGING] Stats many, c:1, d:1").contains("not in the form"));
        assertTrue(reason("[DEBUGGING] Stats 99999999999, c:1, d:1").contains("not in the form"), "11 digits");
        assertEquals("number out of range", reason("[DEBUGGING] Stats 9999999999, c:1, d:1"));
        assertEquals("number out of range", reason("[DEBUGGING] Stats 1, c:9999999999999999999, d:1"));
        assertTrue(reason("[DEBUGGING] Stats 5, c:1, d:1x").contains("not in the form"));
        assertTrue(reason("STATS: {\"CMA\": \"x/2\"}").contains("without a \"CMA\""));
        assertTrue(reason("STATS: {\"CMA\": \"1/2}").contains("without a \"CMA\""));
        assertEquals("number out of range", reason("STATS: {\"CMA\": \"3000000000/2\"}"));
        assertEquals(
                "no syslog timestamp and host before the statistics",
                assertInstanceOf(StatsLine.Malformed.class, StatsLine.parse("[DEBUGGING] Stats 5, c:1, d:1", JUNE_2020))
                        .reason());
    }

    @Test
    void aLineWithoutMarkerIsOther() {
        assertSame(StatsLine.OTHER, parse("Stats 5, c:1, d:1"));
        assertSame(StatsLine.OTHER, StatsLine.parse("", JUNE_2020));
    }

    @Test
    void agreesWithTheRegularExpressionsItReplacedOnFuzzedLines() {
        SyntaxFuzz fuzz = new SyntaxFuzz(20200608);
        Map<Class<?>, Integer> kinds = new HashMap<>();
        Map<String, Integer> reasons = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            String line = fuzz.line();
            StatsLine.Reading expected = RegexReference.stats(line, JUNE_2020);
            assertEquals(expected, StatsLine.parse(line, JUNE_2020), line);
            kinds.merge(expected.getClass(), 1, Integer::sum);
            if (expected instanceof StatsLine.Malformed m) {
                reasons.merge(m.reason(), 1, Integer::sum);
            }
        }
        // every outcome must be reached often, or the comparison proves little
        for (Class<?> kind : new Class<?>[] {
            StatsLine.WebBridge.class, StatsLine.CallBridge.class, StatsLine.Malformed.class, StatsLine.Other.class
        }) {
            assertTrue(kinds.getOrDefault(kind, 0) > 2_000, kind + ": " + kinds);
        }
        assertEquals(4, reasons.size(), reasons.toString());
        reasons.values().forEach(n -> assertTrue(n > 500, reasons.toString()));
    }
}
