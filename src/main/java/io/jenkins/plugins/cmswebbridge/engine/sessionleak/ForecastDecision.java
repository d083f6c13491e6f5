package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings.Decision;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.ForecastRule;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Outlook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The session-leak decision from the web bridges' forecasts: restart when one of them reaches the limit less the
 * margin within the horizon; not needed when every web bridge has a forecast and none does; otherwise (some forecast
 * unknown) the fixed thresholds decide, as without a forecast, and the reason says so.
 */
final class ForecastDecision {

    private ForecastDecision() {}

    /** The outlook of every web bridge of the report, in its order. */
    static List<Outlook> outlooks(ForecastRule rule, SessionLeakReport report, Instant now) {
        List<Outlook> outlooks = new ArrayList<>();
        for (BridgeSessions b : report.bridges()) {
            if (b.getForecast() != null) {
                outlooks.add(rule.outlook(b.getHost(), b.getForecast(), SessionLeakReport.SESSION_LIMIT, now));
            }
        }
        return outlooks;
    }

    /**
     * Decides from the forecasts of a report whose logs were all read.
     *
     * @param thresholds the decision of the fixed thresholds, for when some forecast is unknown
     */
    static Decision decide(
            ForecastRule rule,
            SessionLeakReport report,
            Instant now,
            Function<SessionLeakReport, Decision> thresholds) {
        List<Outlook> outlooks = outlooks(rule, report, now);
        Decision restart = restart(rule, report, outlooks, "");
        if (restart != null) {
            return restart;
        }
        List<Outlook> unknown = of(outlooks, Outlook.Call.UNKNOWN);
        if (unknown.isEmpty() && !outlooks.isEmpty()) {
            Outlook soonest = outlooks.stream()
                    .min(Comparator.comparing(o -> o.forecast().getReachesAt()))
                    .orElseThrow();
            return new Decision(
                    report,
                    false,
                    "restart not needed: forecast: no web bridge reaches " + rule.count(SessionLeakReport.SESSION_LIMIT)
                            + " within " + rule.horizonText() + "; the soonest, " + soonest.shownName() + ", reaches "
                            + SessionLeakReport.SESSION_LIMIT + " in ~"
                            + ForecastRule.days(soonest.untilLimit(now)),
                    true,
                    outlooks);
        }
        Decision fixed = thresholds.apply(report);
        String why = outlooks.isEmpty()
                ? "no web bridge has a forecast"
                : "forecast unknown for " + Text.count(unknown.size(), "web bridge", "web bridges") + " ("
                        + names(unknown) + ")";
        return new Decision(
                report, fixed.restart(), fixed.reason() + " (" + why + ": the thresholds decide)", true, outlooks);
    }

    /**
     * The decision when some MMPs' logs could not be read: a forecast that calls for a restart is enough, since the
     * web bridges read are there whatever the others do; {@code null} when none does.
     */
    static Decision restartFromPartial(
            ForecastRule rule, SessionLeakReport report, List<Outlook> outlooks, String missing) {
        return restart(rule, report, outlooks, " (" + missing + "; the forecasts read are enough)");
    }

    private static Decision restart(ForecastRule rule, SessionLeakReport report, List<Outlook> outlooks, String tail) {
        List<Outlook> restart = of(outlooks, Outlook.Call.RESTART);
        if (restart.isEmpty()) {
            return null;
        }
        Outlook first = restart.get(0);
        String more = restart.size() == 1 ? "" : " and " + Text.count(restart.size() - 1, "other", "others");
        return new Decision(
                report,
                true,
                "restart needed: forecast: " + first.shownName() + more
                        + (restart.size() == 1 ? " reaches " : " reach ") + rule.count(SessionLeakReport.SESSION_LIMIT)
                        + " within " + rule.horizonText() + tail,
                true,
                outlooks);
    }

    private static List<Outlook> of(List<Outlook> outlooks, Outlook.Call call) {
        return outlooks.stream().filter(o -> o.call() == call).toList();
    }

    private static String names(List<Outlook> outlooks) {
        return Text.joinFirst(outlooks.stream().map(Outlook::shownName).toList(), 5);
    }
}
