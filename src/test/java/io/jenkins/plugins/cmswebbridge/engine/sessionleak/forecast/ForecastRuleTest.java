package io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Outlook.Call;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one web bridge's forecast calls for, against the horizon, the margin and the node's clock. */
class ForecastRuleTest {

    private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");
    private static final int LIMIT = LeakSeries.LIMIT;

    /** 10 sessions a day, up to 30 guests at 13:00: from day 8 it reaches 119 at day 9 and 149 at day 12. */
    private static final LeakSeries LEAK = LeakSeries.steady(0, 10, 30);

    private static final Forecast AT_DAY_8 = LEAK.forecast(START, START.plus(Duration.ofDays(8)));

    private static ForecastRule rule(int days, int margin) {
        return new ForecastRule(Duration.ofDays(days), margin, false);
    }

    private static Outlook outlook(ForecastRule rule, Forecast f, Instant now) {
        return rule.outlook("cmsfe1", f, LIMIT, now);
    }

    private static double daysTo(Forecast f, int count) {
        return Duration.between(f.getNewestReading(), f.reachesAt(count)).toSeconds() / 86_400.0;
    }

    @Test
    void aWebBridgeThatReachesTheLimitLessTheMarginWithinTheHorizonCallsForARestart() {
        Instant now = AT_DAY_8.getNewestReading();
        assertEquals(Forecast.Kind.REACHES, AT_DAY_8.getKind(), AT_DAY_8.toString());
        double toLimit = daysTo(AT_DAY_8, LIMIT);
        double toMargin = daysTo(AT_DAY_8, LIMIT - 30);
        assertEquals(4.5, toLimit, 0.2);
        assertEquals(1.5, toMargin, 0.2);

        Outlook later = outlook(rule(3, 0), AT_DAY_8, now);
        assertEquals(Call.NOT_YET, later.call(), later.note());
        assertTrue(later.note().startsWith("+10.0 sessions a day; 149 in ~4."), later.note());
        assertTrue(later.note().endsWith("; not yet: 149 after 3.0 d"), later.note());

        Outlook withMargin = outlook(rule(3, 30), AT_DAY_8, now);
        assertEquals(Call.RESTART, withMargin.call(), withMargin.note());
        assertTrue(withMargin.note().contains("; restart: 119 (149 less 30) in ~1."), withMargin.note());
        assertTrue(withMargin.note().endsWith(", within 3.0 d"), withMargin.note());

        Outlook longHorizon = outlook(rule(5, 0), AT_DAY_8, now);
        assertEquals(Call.RESTART, longHorizon.call(), longHorizon.note());
    }

    @Test
    void theDaysAreCountedFromTheClockNotFromTheNewestReading() {
        Instant now = AT_DAY_8.getNewestReading().plus(Duration.ofHours(20));
        Outlook o = outlook(rule(4, 0), AT_DAY_8, now);
        assertTrue(daysTo(AT_DAY_8, LIMIT) > 4, "from the newest reading, 149 is after the horizon");
        assertEquals(Call.RESTART, o.call(), "20 hours later by the clock, it is within it: " + o.note());
        assertEquals(daysTo(AT_DAY_8, LIMIT) - 20 / 24.0, o.untilLimit(now).toSeconds() / 86_400.0, 0.01);
    }

    @Test
    void aDateAlreadyPastByTheClockIsShownAsNowNeverInThePast() {
        Forecast f = LEAK.forecast(START, START.plus(Duration.ofDays(12)).plus(Duration.ofHours(6)));
        assertEquals(Forecast.Kind.REACHES, f.getKind(), f.toString());
        Instant now = f.getReachesAt().plus(Duration.ofHours(3));
        Outlook o = outlook(rule(7, 0), f, now);
        assertEquals(Call.RESTART, o.call(), o.note());
        String shownNow = now.toString().substring(0, 16).replace('T', ' ');
        assertTrue(o.note().contains("149 in ~0.0 d (" + shownNow + " UTC)"), o.note());
        assertTrue(o.note().contains("restart: 149 already reached"), o.note());
        assertEquals(Duration.ZERO, o.untilLimit(now));
    }

    @Test
    void readingsOlderThanADayOrAheadOfTheClockMakeNoForecast() {
        Instant newest = AT_DAY_8.getNewestReading();
        Outlook stale = outlook(rule(7, 10), AT_DAY_8, newest.plus(Duration.ofHours(50)));
        assertEquals(Call.UNKNOWN, stale.call());
        assertEquals("forecast unknown: the newest reading is 2.1 d old", stale.note());
        assertNull(stale.untilLimit(newest.plus(Duration.ofHours(50))));
        Outlook ahead = outlook(rule(7, 10), AT_DAY_8, newest.minus(Duration.ofHours(3)));
        assertEquals(Call.UNKNOWN, ahead.call());
        assertEquals("forecast unknown: the newest reading is 0.1 d ahead of this node's clock", ahead.note());
        assertEquals(
                Call.RESTART,
                outlook(rule(7, 10), AT_DAY_8, newest.minus(Duration.ofMinutes(30)))
                        .call());
    }

    @Test
    void anUnknownForecastSaysWhyAndOneAtTheLimitCallsForARestart() {
        Forecast young = LEAK.forecast(START, START.plus(Duration.ofDays(2)));
        Outlook unknown = outlook(rule(7, 10), young, young.getNewestReading());
        assertEquals(Call.UNKNOWN, unknown.call());
        assertEquals("forecast unknown: fewer than 3 days of readings since the last restart", unknown.note());

        Forecast full = LEAK.forecast(START, START.plus(Duration.ofDays(14)));
        assertEquals(Forecast.Kind.AT_LIMIT, full.getKind(), full.toString());
        Outlook atLimit = outlook(rule(7, 10), full, full.getNewestReading());
        assertEquals(Call.RESTART, atLimit.call());
        assertTrue(atLimit.note().endsWith("already at 149 since its last restart; restart"), atLimit.note());
        assertEquals("  cmsfe1: " + atLimit.note(), atLimit.line());
    }

    @Test
    void aConsoleShowsFiftyWebBridgesThoseThatCallForARestartFirst() {
        Instant now = AT_DAY_8.getNewestReading();
        List<Outlook> outlooks = new ArrayList<>();
        for (int i = 1; i < 60; i++) {
            outlooks.add(rule(3, 0).outlook("cmsfe" + i, AT_DAY_8, LIMIT, now));
        }
        outlooks.add(rule(5, 0).outlook("cmsfe60", AT_DAY_8, LIMIT, now));
        List<String> lines = SessionLeakReport.forecastLines(outlooks);
        assertEquals(51, lines.size());
        assertTrue(lines.get(0).startsWith("  cmsfe60: ") && lines.get(0).contains("; restart: "), lines.get(0));
        assertTrue(lines.get(1).startsWith("  cmsfe1: ") && lines.get(1).contains("; not yet: "), lines.get(1));
        assertEquals("  ... and 10 more web bridges (all are in the JSON report)", lines.get(50));
        assertEquals(3, SessionLeakReport.forecastLines(outlooks.subList(0, 3)).size());
    }

    @Test
    void aHorizonOrAMarginOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ForecastRule(Duration.ofMinutes(59), 10, false));
        assertThrows(IllegalArgumentException.class, () -> new ForecastRule(Duration.ofDays(29), 10, false));
        assertThrows(IllegalArgumentException.class, () -> rule(7, -1));
        assertThrows(IllegalArgumentException.class, () -> rule(7, ForecastRule.MAX_MARGIN + 1));
        assertEquals(139, rule(7, 10).count(LIMIT));
        assertEquals(
                "28 d (until the next scheduled run)", new ForecastRule(Duration.ofDays(28), 0, true).horizonText());
        assertEquals("6.5 d", ForecastRule.days(Duration.ofHours(156)));
        assertFalse(ForecastRule.days(Duration.ofDays(12)).contains("."));
    }
}
