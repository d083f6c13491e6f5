package io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");
    private static final long HOUR0 = T0.getEpochSecond() / 3600;

    /** Every hour of the window as "hour:low-high", or "hour:-" without readings. */
    private static List<String> slots(SessionHistory h) {
        List<String> slots = new ArrayList<>();
        for (long hour = h.oldestHour(); hour <= h.newestHour(); hour++) {
            slots.add(hour + ":" + (h.has(hour) ? h.low(hour) + "-" + h.high(hour) : "-"));
        }
        return slots;
    }

    @Test
    void anHourKeepsItsLowestAndHighestCount() {
        SessionHistory h = new SessionHistory();
        assertNull(h.newest());
        h.add(T0.plusSeconds(600), 40);
        h.add(T0.plusSeconds(60), 12);
        h.add(T0.plusSeconds(3000), 77);
        h.add(T0.plusSeconds(3700), 0);
        assertEquals(12, h.low(HOUR0));
        assertEquals(77, h.high(HOUR0));
        assertTrue(h.has(HOUR0 + 1));
        assertEquals(0, h.high(HOUR0 + 1), "a count of 0 is a reading");
        assertFalse(h.has(HOUR0 - 1));
        assertFalse(h.has(HOUR0 + 2));
        assertEquals(T0.plusSeconds(3700), h.newest());
        assertEquals(HOUR0 + 1, h.newestHour());
    }

    @Test
    void onlyTheLastFourteenDaysAreKept() {
        SessionHistory h = new SessionHistory();
        for (int hour = 0; hour < 30 * 24; hour++) {
            h.add(T0.plus(Duration.ofHours(hour)), hour % 100);
        }
        long newest = HOUR0 + 30 * 24 - 1;
        assertEquals(newest, h.newestHour());
        assertEquals(SessionHistory.DAYS * 24, slots(h).size());
        assertTrue(slots(h).stream().noneMatch(s -> s.endsWith("-")), "every hour of the window has its reading");
        assertFalse(h.has(newest - SessionHistory.DAYS * 24), "the hour just before the window");
        h.add(T0.plus(Duration.ofDays(2)), 5); // older than the window now
        assertFalse(h.has(HOUR0 + 48));
        assertEquals(
                SessionHistory.HOURS,
                slots(h).stream().filter(s -> !s.endsWith(":-")).count());
    }

    @Test
    void theOrderOfTheReadingsAndRepeatedOnesDoNotMatter() {
        Random random = new Random(7);
        List<Instant> times = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            times.add(T0.plusSeconds(random.nextInt(20 * 86_400))); // 20 days: some fall out of the window
            counts.add(random.nextInt(160));
        }
        SessionHistory ordered = new SessionHistory();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> times.get(a).compareTo(times.get(b)));
        for (int i : order) {
            ordered.add(times.get(i), counts.get(i));
        }
        Collections.shuffle(order, random);
        SessionHistory shuffledTwice = new SessionHistory();
        for (int round = 0; round < 2; round++) {
            for (int i : order) {
                shuffledTwice.add(times.get(i), counts.get(i));
            }
        }
        assertEquals(slots(ordered), slots(shuffledTwice));
        assertEquals(ordered.newest(), shuffledTwice.newest());
    }

    @Test
    void countsAreKeptBetweenZeroAndTheByteCap() {
        SessionHistory h = new SessionHistory();
        h.add(T0, 5000);
        h.add(T0.plusSeconds(1), Integer.MAX_VALUE);
        h.add(T0.plusSeconds(3600), -3);
        h.add(T0.plusSeconds(7200), 255);
        h.add(T0.plusSeconds(7201), 254);
        assertEquals(SessionHistory.MAX_COUNT, h.low(HOUR0));
        assertEquals(SessionHistory.MAX_COUNT, h.high(HOUR0));
        assertEquals(0, h.high(HOUR0 + 1));
        assertEquals(254, h.low(HOUR0 + 2));
        assertEquals(255, h.high(HOUR0 + 2));
    }

    @Test
    void aJumpForwardBeyondTheWindowForgetsEverythingBefore() {
        SessionHistory h = new SessionHistory();
        h.add(T0, 10);
        h.add(T0.plus(Duration.ofDays(365)), 20);
        assertEquals(1, slots(h).stream().filter(s -> !s.endsWith(":-")).count());
        assertFalse(h.has(HOUR0));
        h.add(T0, 10); // the old clock again: older than the window
        assertEquals(1, slots(h).stream().filter(s -> !s.endsWith(":-")).count());
    }
}
