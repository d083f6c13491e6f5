package io.jenkins.plugins.cmswebbridge.history;

import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsReport;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.ForecastRule;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Outlook;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The short text a restart run shows next to its build in the build history, and its kind, from the run's report.
 * Plain Java: no Jenkins type, so that every case is tested without Jenkins. The texts are English, as the report's
 * summary line is; docs/history.md lists them.
 *
 * <p>In the order they are decided:
 *
 * <ul>
 *   <li>{@code aborted: 2/4 restarted}: the build was aborted ({@link Kind#ABORTED});
 *   <li>{@code not needed: 12 leaked}: the session-leak condition said no restart was needed; without a call bridge
 *       figure the leak is unknown and the busiest web bridge decided: {@code not needed: busiest 31/149}
 *       ({@link Kind#NOT_NEEDED});
 *   <li>{@code leak unknown}: some MMP's log could not be read and nothing was restarted ({@link Kind#UNKNOWN});
 *   <li>{@code postponed: 3 calls}: the active-calls condition postponed the restart, with the call legs it counted
 *       ({@link Kind#POSTPONED});
 *   <li>{@code not run: 3 calls}: the call legs were still active and the condition is set to fail; {@code not run: calls
 *       unknown}: a call bridge could not be asked ({@link Kind#FAILED});
 *   <li>{@code dry run} when every host was checked, {@code dry run: 1 of 4 failed} otherwise ({@link Kind#DRY_RUN}
 *       or {@link Kind#FAILED});
 *   <li>{@code 1 of 4 failed}: any host failed, was unconfirmed, skipped or not run ({@link Kind#FAILED});
 *   <li>{@code restarted 4/4}, with {@code , 1 unconfirmed} when an unconfirmed restart was accepted
 *       ({@link Kind#RESTARTED}).
 * </ul>
 */
public record BadgeText(Kind kind, String text) {

    /** What the badge says about the run, which decides its colour. */
    public enum Kind {
        RESTARTED("success"),
        FAILED("error"),
        NOT_NEEDED("info"),
        POSTPONED("warning"),
        UNKNOWN("warning"),
        DRY_RUN("info"),
        ABORTED("skipped");

        private final String color;

        Kind(String color) {
            this.color = color;
        }

        /** The colour's name among Jenkins' semantic colours ({@code jenkins-!-<name>-color}). */
        public String color() {
            return color;
        }
    }

    public BadgeText {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** The badge of a run. */
    public static BadgeText of(RunReport report) {
        List<HostReport> reports = report.hosts();
        int hosts = reports.size();
        long restarted = report.count(Outcome.RESTARTED);
        long notOk = reports.stream().filter(r -> !r.ok()).count();
        if (report.aborted()) {
            return new BadgeText(
                    Kind.ABORTED,
                    "aborted: "
                            + (report.dryRun()
                                    ? report.count(Outcome.CHECKED) + "/" + hosts + " checked"
                                    : restarted + "/" + hosts + " restarted"));
        }
        if (hosts > 0 && report.count(Outcome.NOT_NEEDED) == hosts) {
            String forecast = soonestLimit(report);
            return new BadgeText(
                    Kind.NOT_NEEDED, "not needed: " + (forecast != null ? forecast : notNeeded(report.sessions())));
        }
        if (isLeakUnknown(report)) {
            return new BadgeText(Kind.UNKNOWN, "leak unknown");
        }
        ActiveCallsReport calls = report.calls();
        if (hosts > 0 && report.count(Outcome.POSTPONED) == hosts) {
            return new BadgeText(Kind.POSTPONED, "postponed: " + (calls == null ? "calls" : calls(calls.total())));
        }
        if (calls != null && !calls.restartAllowed() && report.count(Outcome.NOT_RUN) == hosts) {
            return new BadgeText(
                    Kind.FAILED,
                    "not run: "
                            + (calls.decision() == ActiveCallsReport.Decision.ERROR
                                    ? "calls unknown"
                                    : calls(calls.total())));
        }
        String failed = notOk + " of " + hosts + " failed";
        if (report.dryRun()) {
            return notOk == 0
                    ? new BadgeText(Kind.DRY_RUN, "dry run")
                    : new BadgeText(Kind.FAILED, "dry run: " + failed);
        }
        if (notOk > 0) {
            return new BadgeText(Kind.FAILED, failed);
        }
        long unconfirmed = report.count(Outcome.UNCONFIRMED);
        return new BadgeText(
                Kind.RESTARTED,
                "restarted " + restarted + "/" + hosts + (unconfirmed > 0 ? ", " + unconfirmed + " unconfirmed" : ""));
    }

    /**
     * {@code 149 in ~12 d}: how soon the first web bridge reaches the limit, from the run's start, when the forecasts
     * decided that no restart is needed; {@code null} when the thresholds decided.
     */
    private static String soonestLimit(RunReport report) {
        List<Outlook> outlooks = report.outlooks();
        if (outlooks.isEmpty() || outlooks.stream().anyMatch(o -> o.call() != Outlook.Call.NOT_YET)) {
            return null;
        }
        return outlooks.stream()
                .map(o -> o.untilLimit(report.startedAt()))
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .map(d -> SessionLeakReport.SESSION_LIMIT + " in ~" + ForecastRule.days(d))
                .orElse(null);
    }

    private static String notNeeded(SessionLeakReport sessions) {
        if (sessions == null) {
            return "session leak";
        }
        if (sessions.hasCallBridgeSamples()) {
            return sessions.leaked() + " leaked";
        }
        return "busiest " + sessions.maxWebBridgeActive() + "/" + SessionLeakReport.SESSION_LIMIT;
    }

    /**
     * Whether the session-leak condition could not judge the leak and held the restart back: it read something, no
     * host was tried and every host carries its decision as the reason; the active-calls condition was not reached.
     */
    private static boolean isLeakUnknown(RunReport report) {
        String decision = report.sessionDecision();
        if (report.sessions() == null || decision == null || report.calls() != null) {
            return false;
        }
        List<HostReport> reports = report.hosts();
        return !reports.isEmpty()
                && reports.stream().allMatch(r -> r.outcome() == Outcome.NOT_RUN && decision.equals(r.reason()));
    }

    private static String calls(long legs) {
        return legs + (legs == 1 ? " call" : " calls");
    }
}
