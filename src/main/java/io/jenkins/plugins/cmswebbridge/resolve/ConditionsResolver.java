package io.jenkins.plugins.cmswebbridge.resolve;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsPoll;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.fields.Fields;
import io.jenkins.plugins.cmswebbridge.fields.Messages;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Collector;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Problem;
import java.time.Duration;

/**
 * The conditions' part of the resolve step: a {@link SessionLeakCondition} and an {@link ActiveCallsCondition}, as
 * typed, become the engine's settings, or problems named {@code sessionLeak.<field>} and {@code activeCalls.<field>}
 * in the resolve step's collector.
 */
final class ConditionsResolver {

    private ConditionsResolver() {}

    @CheckForNull
    static SessionLeakSettings sessionLeak(
            @CheckForNull SessionLeakCondition leak,
            @CheckForNull String workspace,
            Duration connectTimeout,
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
        if (Fields.unset(leak.getMinLeaked()) && Fields.unset(leak.getMinActive())) {
            c.add(new Problem("sessionLeak", Messages.Problem_NoThreshold()));
        }
        if (fromMmps) {
            MmpLogSettings mmpLogs =
                    c.take("sessionLeak.mmpLogFile", Fields.mmpLogFile(leak.getMmpLogFile(), connectTimeout));
            return c.hasProblems() || mmpLogs == null
                    ? null
                    : SessionLeakSettings.fromMmps(mmpLogs, minLeaked, minActive);
        }
        if (workspace == null) {
            c.add(new Problem("sessionLeak", Messages.Problem_NeedsWorkspace()));
        }
        if (c.hasProblems() || logs == null) {
            return null;
        }
        return new SessionLeakSettings(workspace, logs, minLeaked, minActive);
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
