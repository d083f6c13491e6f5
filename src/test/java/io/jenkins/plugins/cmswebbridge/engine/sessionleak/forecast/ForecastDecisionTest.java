package io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings.Decision;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.LeakSeries.Reading;
import io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session-leak condition deciding from the forecasts, through the files it reads: the web bridges' syslog lines
 * over days, generated with known leaks ({@link LeakSeries}), and the node's clock.
 */
class ForecastDecisionTest {

    private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");
    /** Nine days of readings, the newest at 06:00. */
    private static final Instant END = START.plus(Duration.ofDays(9)).plus(Duration.ofHours(6));

    /** From day 9: 149 in about 3.3 days (at 13:00 on day 12). */
    private static final LeakSeries FAST = LeakSeries.steady(0, 10, 30);
    /** From day 9: 149 in about 40 days. */
    private static final LeakSeries SLOW = LeakSeries.steady(0, 2, 30);
    /** Guests only: no growth, so no forecast. */
    private static final LeakSeries FLAT = LeakSeries.steady(0, 0, 60);

    @TempDir
    Path workspace;

    private void logs(Map<String, LeakSeries> bridges, Instant end) throws Exception {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, LeakSeries> e : bridges.entrySet()) {
            for (Reading r : e.getValue().readings(START, end)) {
                lines.add(SyslogFixtures.webBridge(r.time().toString(), e.getKey(), r.active()));
            }
        }
        Files.write(workspace.resolve("syslog"), SyslogFixtures.text(lines.toArray(String[]::new)));
    }

    private Decision decide(Integer minActive, int days, int margin, Instant now) throws Exception {
        ForecastRule rule = new ForecastRule(Duration.ofDays(days), margin, false);
        return new SessionLeakSettings(workspace.toString(), "syslog", null, minActive, rule)
                .evaluate(Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The decision with no threshold, a horizon of {@code days} and a margin of 10, at the newest reading. */
    private Decision decide(int days) throws Exception {
        return decide(null, days, 10, END);
    }

    private static Map<String, LeakSeries> bridges(Object... nameAndSeries) {
        Map<String, LeakSeries> map = new LinkedHashMap<>();
        for (int i = 0; i < nameAndSeries.length; i += 2) {
            map.put((String) nameAndSeries[i], (LeakSeries) nameAndSeries[i + 1]);
        }
        return map;
    }

    @Test
    void aWebBridgeReachingTheLimitWithinTheHorizonRestartsAndTheOthersAreShown() throws Exception {
        logs(bridges("cmsfe1", SLOW, "cmsfe2", FAST), END);
        Decision d = decide(7);
        assertEquals("restart needed: forecast: cmsfe2 reaches 139 within 7.0 d", d.reason());
        assertTrue(d.restart());
        assertEquals(
                List.of(Outlook.Call.NOT_YET, Outlook.Call.RESTART),
                d.outlooks().stream().map(Outlook::call).toList(),
                d.outlooks().toString());
    }

    @Test
    void noWebBridgeReachingItWithinTheHorizonIsNotNeededAndNamesTheSoonest() throws Exception {
        logs(bridges("cmsfe1", SLOW, "cmsfe2", FAST), END);
        Decision d = decide(2);
        assertTrue(d.known() && !d.restart(), d.reason());
        assertTrue(
                d.reason()
                        .startsWith("restart not needed: forecast: no web bridge reaches 139 within 2.0 d; the"
                                + " soonest, cmsfe2, reaches 149 in ~3."),
                d.reason());
    }

    @Test
    void aWebBridgeNameFromTheLogsIsShownWithoutItsControlCharacters() throws Exception {
        String hostile = "cms\u001b[31mfe2\u202e";
        logs(bridges(hostile, FAST), END);
        Decision d = decide(7);
        assertEquals("restart needed: forecast: cms?[31mfe2? reaches 139 within 7.0 d", d.reason());
        assertTrue(
                d.outlooks().get(0).line().startsWith("  cms?[31mfe2?: +10.0 sessions a day"),
                d.outlooks().get(0).line());
        assertEquals(hostile, d.outlooks().get(0).bridge(), "the name itself is kept, as the JSON report escapes it");
    }

    @Test
    void theMarginBringsTheRestartForward() throws Exception {
        logs(bridges("cmsfe2", FAST), END);
        assertFalse(decide(null, 2, 0, END).restart(), "149 is 3.3 days away");
        assertTrue(decide(null, 2, 40, END).restart(), "109 is less than 2 days away");
    }

    @Test
    void whenAForecastIsUnknownTheThresholdsDecideAndTheReasonSaysSo() throws Exception {
        logs(bridges("cmsfe1", SLOW, "cmsfe3", FLAT), END);
        Decision byDefault = decide(2);
        assertEquals(
                "restart not needed: busiest web bridge 18 < 139 (forecast unknown for 1 web bridge (cmsfe3): the"
                        + " thresholds decide)",
                byDefault.reason(),
                "without a threshold, the busiest web bridge at 149 less the margin");
        Decision byThreshold = decide(15, 2, 10, END);
        assertTrue(byThreshold.restart(), byThreshold.reason());
        assertTrue(byThreshold.reason().startsWith("restart needed: busiest web bridge "), byThreshold.reason());
    }

    @Test
    void logsThatStoppedDaysAgoGiveNoForecastSoTheThresholdsDecide() throws Exception {
        logs(bridges("cmsfe2", FAST), END);
        Decision d = decide(null, 7, 10, END.plus(Duration.ofDays(3)));
        assertFalse(d.restart(), "the forecast would restart, but the logs are 3 days old: " + d.reason());
        assertEquals(Outlook.Call.UNKNOWN, d.outlooks().get(0).call());
        assertEquals(
                "forecast unknown: the newest reading is 3.0 d old",
                d.outlooks().get(0).note());
    }
}
