package io.jenkins.plugins.cmswebbridge.history;

import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.callBridge;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.hosts;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.ran;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.report;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.sessions;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.webBridge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsReport.Decision;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.TestCallReports;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trend chart's series, from the figures kept with each build's reports. */
class TrendSeriesTest {

    /** A run that read the logs and restarted every host: web bridges {@code active}, CMA {@code cma}. */
    private static RunReport restartWithLeak(int hosts, int busiest, int other, int cma) {
        Outcome[] outcomes = new Outcome[hosts];
        Arrays.fill(outcomes, Outcome.RESTARTED);
        return ran(
                hosts("", outcomes),
                new RunReport.Conditions(
                        sessions(webBridge("cmsfe1", busiest), webBridge("cmsfe2", other), callBridge("cmscb1", cma)),
                        "restart needed",
                        null));
    }

    private static TrendSeries.Point point(int number, RunReport... reports) {
        List<BuildFigures> figures = new ArrayList<>();
        for (RunReport r : reports) {
            figures.add(BuildFigures.of(r));
        }
        return new TrendSeries.Point(number, "#" + number, figures);
    }

    private static List<Integer> list(Integer... values) {
        return Arrays.asList(values);
    }

    @Test
    void figuresOfAReport() {
        assertEquals(new BuildFigures(3, 0, 30L, 130), BuildFigures.of(restartWithLeak(3, 130, 20, 120)));
        assertEquals(
                new BuildFigures(1, 2, null, null),
                BuildFigures.of(report(Outcome.RESTARTED, Outcome.FAILED, Outcome.UNCONFIRMED)));
        RunReport noCallBridgeLine = ran(
                hosts("", Outcome.NOT_NEEDED),
                new RunReport.Conditions(sessions(webBridge("cmsfe1", 31)), "restart not needed", null));
        BuildFigures webBridgesOnly = BuildFigures.of(noCallBridgeLine);
        assertNull(webBridgesOnly.getLeaked(), "no CMA figure: the leak is not known");
        assertEquals(31, webBridgesOnly.getBusiestActive());
        assertEquals(0, webBridgesOnly.getRestarted());
        assertEquals(0, webBridgesOnly.getFailed(), "not needed is fine");
    }

    @Test
    void oldestFirstWithEverySeries() {
        RunReport notNeeded = ran(
                hosts("", Outcome.NOT_NEEDED, Outcome.NOT_NEEDED),
                new RunReport.Conditions(
                        sessions(webBridge("cmsfe1", 12), webBridge("cmsfe2", 10), callBridge("cmscb1", 20)),
                        "restart not needed",
                        null));
        TrendSeries trend = TrendSeries.of(List.of(
                point(9, restartWithLeak(2, 140, 30, 100)),
                point(8, report(Outcome.RESTARTED, Outcome.FAILED)),
                point(7, notNeeded)));
        assertEquals(List.of("#7", "#8", "#9"), trend.labels());
        assertEquals(List.of(7, 8, 9), trend.buildNumbers());
        assertEquals(
                List.of(
                        TrendSeries.LEAKED,
                        TrendSeries.BUSIEST,
                        TrendSeries.LIMIT,
                        TrendSeries.RESTARTED,
                        TrendSeries.FAILED),
                List.copyOf(trend.series().keySet()));
        Map<String, List<Integer>> s = trend.series();
        assertEquals(list(2, null, 70), s.get(TrendSeries.LEAKED), "a gap where the build read no logs");
        assertEquals(list(12, null, 140), s.get(TrendSeries.BUSIEST));
        assertEquals(list(149, 149, 149), s.get(TrendSeries.LIMIT));
        assertEquals(list(0, 1, 2), s.get(TrendSeries.RESTARTED));
        assertEquals(list(0, 1, 0), s.get(TrendSeries.FAILED));
    }

    @Test
    void withoutSessionFiguresOnlyTheHostsAreDrawn() {
        RunReport postponed = ran(
                hosts("calls", Outcome.POSTPONED, Outcome.POSTPONED),
                new RunReport.Conditions(null, null, TestCallReports.report(Decision.SKIPPED, 3)));
        TrendSeries trend = TrendSeries.of(List.of(point(2, postponed), point(1, report(Outcome.RESTARTED))));
        assertEquals(
                List.of(TrendSeries.RESTARTED, TrendSeries.FAILED),
                List.copyOf(trend.series().keySet()));
        assertEquals(list(1, 0), trend.series().get(TrendSeries.RESTARTED));
        assertEquals(list(0, 0), trend.series().get(TrendSeries.FAILED), "postponed is not a failure");
    }

    @Test
    void thePlotsOfOneBuildAddUpAndTheBusiestIsTheBusiestOfThem() {
        TrendSeries trend = TrendSeries.of(List.of(
                point(5, restartWithLeak(2, 100, 10, 90), restartWithLeak(3, 120, 5, 100), report(Outcome.FAILED))));
        assertEquals(list(20 + 25), trend.series().get(TrendSeries.LEAKED));
        assertEquals(list(120), trend.series().get(TrendSeries.BUSIEST));
        assertEquals(list(5), trend.series().get(TrendSeries.RESTARTED));
        assertEquals(list(1), trend.series().get(TrendSeries.FAILED));
    }

    @Test
    void buildsWithoutARestartAreLeftOutAndTheNewestFiftyKept() {
        List<TrendSeries.Point> newestFirst = new ArrayList<>();
        for (int n = 80; n >= 1; n--) {
            newestFirst.add(
                    n % 2 == 0 ? point(n, report(Outcome.RESTARTED)) : new TrendSeries.Point(n, "#" + n, List.of()));
        }
        TrendSeries trend = TrendSeries.of(newestFirst);
        assertTrue(40 < TrendSeries.MAX_BUILDS, "80 builds, half of them with a restart, are fewer than the cap");
        assertEquals(40, trend.buildNumbers().size());
        assertEquals(2, trend.buildNumbers().get(0));
        assertEquals(80, trend.buildNumbers().get(39));

        List<TrendSeries.Point> many = new ArrayList<>();
        for (int n = 120; n >= 1; n--) {
            many.add(point(n, report(Outcome.RESTARTED)));
        }
        TrendSeries capped = TrendSeries.of(many);
        assertEquals(TrendSeries.MAX_BUILDS, capped.buildNumbers().size());
        assertEquals(71, capped.buildNumbers().get(0), "the newest fifty");
        assertEquals("#120", capped.labels().get(TrendSeries.MAX_BUILDS - 1));
    }

    @Test
    void noBuildIsAnEmptyChart() {
        TrendSeries trend = TrendSeries.of(List.of());
        assertTrue(trend.isEmpty());
        assertEquals(List.of(), trend.series().get(TrendSeries.RESTARTED));
        assertThrows(UnsupportedOperationException.class, () -> trend.series().put("x", List.of()));
    }

    @Test
    void hugeFiguresAreCappedNotWrapped() {
        TrendSeries trend = TrendSeries.of(List.of(new TrendSeries.Point(
                1,
                "#1",
                List.of(new BuildFigures(0, 0, (long) Integer.MAX_VALUE, 10), new BuildFigures(0, 0, 5L, null)))));
        assertEquals(list(Integer.MAX_VALUE), trend.series().get(TrendSeries.LEAKED));
        assertEquals(list(10), trend.series().get(TrendSeries.BUSIEST));
    }
}
