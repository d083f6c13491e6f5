package io.jenkins.plugins.cmswebbridge.resolve;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsPoll;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.ForecastRule;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.ForecastFields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Collector;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Problem;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The conditions' part of the resolve step: a {@link SessionLeakCondition} and an {@link ActiveCallsCondition}, as
 * typed, become the engine's settings, or problems named {@code sessionLeak.<field>} and {@code activeCalls.<field>}
 * in the resolve step's collector.
 */
final class ConditionsResolver {

    private ConditionsResolver() {}

    /**
     * @param untilNextRun the time until the job's next scheduled run, the horizon when the condition names none;
     *     asked only then, it gives {@code null} when the job has no schedule
     */
    @CheckForNull
    static SessionLeakSettings sessionLeak(
            @CheckForNull SessionLeakCondition leak,
            @CheckForNull String workspace,
            Duration connectTimeout,
            Supplier<Duration> untilNextRun,
            Collector c) {
        if (leak == null) {
            return null;
        }
        boolean fromMmps = leak.isFromMmps();
        String logs = fromMmps ? null : c.take("sessionLeak.logs", Fields.logs(leak.getLogs()));
        if (fromMmps && !leak.getLogs().isBlank()) {
            c.add(new Problem("sessionLeak.logs", Messages.Problem_LogsAndMmps()));
        }
        Integer minLeaked =
                c.take("sessionLeak.minLeaked", Fields.threshold(leak.getMinLeaked(), SessionLeakSettings.MAX_LEAKED));
        Integer minActive =
                c.take("sessionLeak.minActive", Fields.threshold(leak.getMinActive(), SessionLeakSettings.MAX_ACTIVE));
        if (Fields.unset(leak.getMinLeaked()) && Fields.unset(leak.getMinActive()) && !leak.isForecast()) {
            c.add(new Problem("sessionLeak", Messages.Problem_NoThreshold()));
        }
        ForecastRule rule = forecast(leak, untilNextRun, c);
        if (fromMmps) {
            MmpLogSettings mmpLogs =
                    c.take("sessionLeak.mmpLogFile", Fields.mmpLogFile(leak.getMmpLogFile(), connectTimeout));
            return c.hasProblems() || mmpLogs == null
                    ? null
                    : SessionLeakSettings.fromMmps(mmpLogs, minLeaked, minActive, rule);
        }
        if (workspace == null) {
            c.add(new Problem("sessionLeak", Messages.Problem_NeedsWorkspace()));
        }
        if (c.hasProblems() || logs == null) {
            return null;
        }
        return new SessionLeakSettings(workspace, logs, minLeaked, minActive, rule);
    }

    /**
     * The forecast rule of a condition with {@code forecast}, else {@code null}; a horizon or a margin without
     * {@code forecast} is a problem. Without a horizon, the time until the next scheduled run within the rule's
     * bounds, or the default.
     */
    @CheckForNull
    private static ForecastRule forecast(SessionLeakCondition leak, Supplier<Duration> untilNextRun, Collector c) {
        if (!leak.isForecast()) {
            if (!leak.getHorizon().isBlank() || leak.getMargin() != null) {
                c.add(new Problem(
                        leak.getHorizon().isBlank() ? "sessionLeak.margin" : "sessionLeak.horizon",
                        Messages.Problem_ForecastOff()));
            }
            return null;
        }
        Duration horizon = c.take("sessionLeak.horizon", ForecastFields.horizon(leak.getHorizon()));
        Integer margin = c.take("sessionLeak.margin", ForecastFields.margin(leak.getMargin()));
        if (margin == null || horizon == null && !leak.getHorizon().isBlank()) {
            return null;
        }
        if (horizon != null) {
            return new ForecastRule(horizon, margin, false);
        }
        Duration next = untilNextRun.get();
        if (next == null) {
            return new ForecastRule(ForecastRule.DEFAULT_HORIZON, margin, false);
        }
        Duration bounded = next.compareTo(ForecastRule.MIN_HORIZON) < 0
                ? ForecastRule.MIN_HORIZON
                : next.compareTo(ForecastRule.MAX_HORIZON) > 0 ? ForecastRule.MAX_HORIZON : next;
        return new ForecastRule(bounded, margin, true);
    }

    @CheckForNull
    static ActiveCallsSettings activeCalls(@CheckForNull ActiveCallsCondition calls, Collector c) {
        if (calls == null) {
            return null;
        }
        String apis = c.take("activeCalls.apis", Fields.apis(calls.getApis()));
        c.take("activeCalls.credentialsId", Fields.required(calls.getCredentialsId()));
        Integer maxCallLegs = c.take("activeCalls.maxCallLegs", Fields.maxCallLegs(calls.getMaxCallLegs()));
        Duration wait = c.take("activeCalls.waitMinutes", Fields.waitMinutes(calls.getWaitMinutes()));
        Boolean failWhenBusy = c.take("activeCalls.whenBusy", Fields.failWhenBusy(calls.getWhenBusy()));
        Duration request = c.take("activeCalls.requestTimeout", Fields.requestTimeout(calls.getRequestTimeout()));
        String customCa = c.take("activeCalls.customCa", Fields.customCa(calls.getCustomCa()));
        if (c.hasProblems() || apis == null || customCa == null) {
            return null;
        }
        return new ActiveCallsSettings(
                apis, customCa, maxCallLegs, wait, failWhenBusy, request, ActiveCallsPoll.DEFAULT_POLL_INTERVAL);
    }
}
