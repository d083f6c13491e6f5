package io.jenkins.plugins.cmswebbridge.history;

import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.callBridge;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.hosts;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.ran;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.report;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.sessions;
import static io.jenkins.plugins.cmswebbridge.engine.report.TestReports.webBridge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsReport.Decision;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.TestCallReports;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.report.TestReports;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.ForecastRule;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Outlook;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build history badge of every kind of run, from reports made as the engine makes them. */
class BadgeTextTest {

    private static final String NOT_NEEDED = "restart not needed: 12 leaked < 20";

    private static void assertBadge(BadgeText.Kind kind, String text, RunReport report) {
        assertEquals(new BadgeText(kind, text), BadgeText.of(report));
    }

    /** 40 web bridge sessions on two web bridges (busiest 31), 28 CMA sessions: 12 leaked. */
    /** What the active-calls condition found, and nothing of the session leak. */
    private static RunReport.Conditions calls(Decision decision, int... legs) {
        return new RunReport.Conditions(null, null, TestCallReports.report(decision, legs));
    }

    private static SessionLeakReport twelveLeaked() {
        return sessions(
                webBridge("cmsfe1", 31), webBridge("cmsfe2", 9), callBridge("cmscb1", 20), callBridge("cmscb2", 8));
    }

    @Test
    void everyHostRestarted() {
        assertBadge(
                BadgeText.Kind.RESTARTED,
                "restarted 4/4",
                report(Outcome.RESTARTED, Outcome.RESTARTED, Outcome.RESTARTED, Outcome.RESTARTED));
        assertBadge(BadgeText.Kind.RESTARTED, "restarted 1/1", report(Outcome.RESTARTED));
    }

    @Test
    void anAcceptedUnconfirmedRestartIsCountedApart() {
        List<HostReport> results = new ArrayList<>(hosts("", Outcome.RESTARTED, Outcome.RESTARTED));
        results.add(TestReports.acceptedUnconfirmed(3));
        assertBadge(BadgeText.Kind.RESTARTED, "restarted 2/3, 1 unconfirmed", report(false, false, results));
    }

    @Test
    void anyHostNotFineCountsAsFailed() {
        assertBadge(
                BadgeText.Kind.FAILED,
                "1 of 4 failed",
                report(Outcome.RESTARTED, Outcome.FAILED, Outcome.RESTARTED, Outcome.RESTARTED));
        assertBadge(
                BadgeText.Kind.FAILED, "2 of 3 failed", report(Outcome.UNCONFIRMED, Outcome.RESTARTED, Outcome.FAILED));
        assertBadge(BadgeText.Kind.FAILED, "3 of 3 failed", report(Outcome.FAILED, Outcome.SKIPPED, Outcome.SKIPPED));
    }

    @Test
    void aDryRunSaysSoAndStillCountsFailures() {
        assertBadge(
                BadgeText.Kind.DRY_RUN, "dry run", report(true, false, hosts("", Outcome.CHECKED, Outcome.CHECKED)));
        assertBadge(
                BadgeText.Kind.FAILED,
                "dry run: 1 of 2 failed",
                report(true, false, hosts("", Outcome.CHECKED, Outcome.FAILED)));
    }

    @Test
    void anAbortedRunSaysHowFarItGot() {
        assertBadge(
                BadgeText.Kind.ABORTED,
                "aborted: 2/4 restarted",
                report(false, true, hosts("", Outcome.RESTARTED, Outcome.RESTARTED, Outcome.FAILED, Outcome.NOT_RUN)));
        assertBadge(
                BadgeText.Kind.ABORTED,
                "aborted: 1/2 checked",
                report(true, true, hosts("", Outcome.CHECKED, Outcome.NOT_RUN)));
        RunReport abortedWhileCheckingCalls =
                report(false, true, hosts("aborted", Outcome.NOT_RUN, Outcome.NOT_RUN), calls(Decision.ABORTED, 2));
        assertBadge(BadgeText.Kind.ABORTED, "aborted: 0/2 restarted", abortedWhileCheckingCalls);
    }

    @Test
    void notNeededGivesTheLeakedFigure() {
        RunReport report = ran(
                hosts(NOT_NEEDED, Outcome.NOT_NEEDED, Outcome.NOT_NEEDED),
                new RunReport.Conditions(twelveLeaked(), NOT_NEEDED, null));
        assertBadge(BadgeText.Kind.NOT_NEEDED, "not needed: 12 leaked", report);
    }

    @Test
    void notNeededByTheForecastsGivesTheSoonestDayTo149() {
        SessionLeakReport sessions = TestReports.leaking(9, 30, 2, 3);
        ForecastRule rule = new ForecastRule(Duration.ofDays(7), 10, false);
        List<Outlook> outlooks = sessions.bridges().stream()
                .map(b -> rule.outlook(b.getHost(), b.getForecast(), 149, TestReports.now()))
                .toList();
        assertEquals(
                List.of(Outlook.Call.NOT_YET, Outlook.Call.NOT_YET),
                outlooks.stream().map(Outlook::call).toList());
        Duration soonest = outlooks.get(1).untilLimit(TestReports.now());
        String decision = "restart not needed: forecast: no web bridge reaches 139 within 7.0 d";
        RunReport report =
                ran(hosts(decision, Outcome.NOT_NEEDED), new RunReport.Conditions(sessions, decision, null, outlooks));
        String days = ForecastRule.days(
                Duration.between(report.startedAt(), TestReports.now().plus(soonest)));
        assertBadge(BadgeText.Kind.NOT_NEEDED, "not needed: 149 in ~" + days, report);
        assertTrue(days.endsWith(" d") && !days.contains("."), "more than ten days away: " + days);

        RunReport byThresholds = ran(
                hosts(NOT_NEEDED, Outcome.NOT_NEEDED),
                new RunReport.Conditions(
                        twelveLeaked(),
                        NOT_NEEDED,
                        null,
                        List.of(rule.outlook(
                                "cmsfe1",
                                outlooks.get(0).forecast(),
                                149,
                                TestReports.now().plus(Duration.ofDays(3))))));
        assertBadge(BadgeText.Kind.NOT_NEEDED, "not needed: 12 leaked", byThresholds);
    }

    @Test
    void notNeededWithoutACallBridgeFigureGivesTheBusiestWebBridge() {
        String decision = "restart not needed: leak unknown (no call bridge STATS line with CMA) and busiest web"
                + " bridge 31 < 120";
        RunReport report = ran(
                hosts(decision, Outcome.NOT_NEEDED),
                new RunReport.Conditions(sessions(webBridge("cmsfe1", 31), webBridge("cmsfe2", 9)), decision, null));
        assertBadge(BadgeText.Kind.NOT_NEEDED, "not needed: busiest 31/149", report);
    }

    @Test
    void anUnknownLeakIsNotAFailureOfTheHosts() {
        String decision = "session leak unknown: 1 of 2 MMP logs could not be read; nothing was restarted";
        RunReport report = ran(
                hosts(decision, Outcome.NOT_RUN, Outcome.NOT_RUN),
                new RunReport.Conditions(sessions(webBridge("cmsfe1", 31)), decision, null));
        assertBadge(BadgeText.Kind.UNKNOWN, "leak unknown", report);
    }

    @Test
    void postponedGivesTheCallLegs() {
        String reason = "not restarted: active calls SKIPPED: 3 call legs active (threshold 0); restart skipped";
        RunReport report = ran(hosts(reason, Outcome.POSTPONED, Outcome.POSTPONED), calls(Decision.SKIPPED, 2, 1));
        assertBadge(BadgeText.Kind.POSTPONED, "postponed: 3 calls", report);
        RunReport one = ran(hosts(reason, Outcome.POSTPONED), calls(Decision.SKIPPED, 1));
        assertBadge(BadgeText.Kind.POSTPONED, "postponed: 1 call", one);
    }

    @Test
    void theSessionLeakAndThenTheCallsArePostponedToo() {
        String reason = "not restarted: active calls SKIPPED: 5 call legs active (threshold 0); restart skipped";
        RunReport report = ran(
                hosts(reason, Outcome.POSTPONED),
                new RunReport.Conditions(
                        twelveLeaked(),
                        "restart needed: 12 leaked >= 10",
                        TestCallReports.report(Decision.SKIPPED, 5)));
        assertBadge(BadgeText.Kind.POSTPONED, "postponed: 5 calls", report);
    }

    @Test
    void busyCallsSetToFailOrUnreachableCallBridgesAreNotRun() {
        RunReport busy = ran(hosts("busy", Outcome.NOT_RUN, Outcome.NOT_RUN), calls(Decision.FAILED, 4));
        assertBadge(BadgeText.Kind.FAILED, "not run: 4 calls", busy);
        RunReport unknown = ran(hosts("error", Outcome.NOT_RUN, Outcome.NOT_RUN), calls(Decision.ERROR, 1));
        assertBadge(BadgeText.Kind.FAILED, "not run: calls unknown", unknown);
    }

    @Test
    void clearCallsAndARestartNeededGiveTheHostsBadge() {
        RunReport report = ran(
                hosts("", Outcome.RESTARTED, Outcome.FAILED),
                new RunReport.Conditions(
                        twelveLeaked(), "restart needed: 12 leaked >= 10", TestCallReports.report(Decision.CLEAR, 0)));
        assertBadge(BadgeText.Kind.FAILED, "1 of 2 failed", report);
    }

    @Test
    void theKindsUseJenkinsSemanticColours() {
        assertEquals("success", BadgeText.Kind.RESTARTED.color());
        assertEquals("error", BadgeText.Kind.FAILED.color());
        assertEquals(
                "jenkins-!-warning-color",
                new RestartBadgeAction(new BadgeText(BadgeText.Kind.POSTPONED, "postponed: 3 calls")).getColorClass());
    }
}
