package io.jenkins.plugins.cmswebbridge.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.RestartCmsWebBridgesBuilder;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.deployments.DeploymentLookup;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.ForecastRule;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Problem;
import io.jenkins.plugins.cmswebbridge.resolve.RestartResolver.Resolution;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The session-leak condition's forecast fields, and the horizon that defaults to the job's next scheduled run. */
class ForecastResolveTest {

    private static RestartCmsWebBridgesBuilder step(SessionLeakCondition leak) {
        RestartCmsWebBridgesBuilder b = new RestartCmsWebBridgesBuilder("mmp1.example.com", "cms-mmp");
        b.setHostKeyVerification(new KnownHostsStrategy("mmp1.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA"));
        b.setSessionLeak(leak);
        return b;
    }

    private static SessionLeakCondition forecast(String horizon, Integer margin) {
        SessionLeakCondition leak = new SessionLeakCondition("");
        leak.setFromMmps(true);
        leak.setForecast(true);
        leak.setHorizon(horizon);
        leak.setMargin(margin);
        return leak;
    }

    private static Resolution resolve(SessionLeakCondition leak, Duration untilNextRun) {
        return RestartResolver.resolve(
                step(leak), UnaryOperator.identity(), "/workspace", DeploymentLookup.none(), () -> untilNextRun);
    }

    private static ForecastRule rule(SessionLeakCondition leak, Duration untilNextRun) {
        return Resolutions.resolved(resolve(leak, untilNextRun))
                .plan()
                .sessionLeak()
                .forecast();
    }

    @Test
    void aForecastNeedsNoThresholdAndHasTheDefaults() {
        assertEquals(new ForecastRule(Duration.ofDays(7), 10, false), rule(forecast(null, null), null));
        assertEquals(new ForecastRule(Duration.ofHours(36), 0, false), rule(forecast(" 36h ", 0), null));
        assertEquals(new ForecastRule(Duration.ofDays(14), 25, false), rule(forecast("2W", 25), null));
    }

    @Test
    void withoutAHorizonItIsTheTimeUntilTheNextScheduledRunWithinTheBounds() {
        Duration sixDays = Duration.ofDays(6).plusHours(23).plusMinutes(58);
        assertEquals(new ForecastRule(sixDays, 10, true), rule(forecast(null, null), sixDays));
        assertEquals(
                "7.0 d (until the next scheduled run)",
                rule(forecast(null, null), sixDays).horizonText());
        assertEquals(
                ForecastRule.MAX_HORIZON,
                rule(forecast(null, null), Duration.ofDays(31)).horizon(),
                "a monthly job looks 28 days ahead");
        assertEquals(
                ForecastRule.MIN_HORIZON,
                rule(forecast(null, null), Duration.ofMinutes(15)).horizon(),
                "a job every 15 minutes looks an hour ahead");
        assertEquals(
                new ForecastRule(Duration.ofDays(3), 10, false),
                rule(forecast("3d", null), sixDays),
                "a horizon given wins over the schedule");
    }

    @Test
    void badForecastFieldsAreNamedAndStopTheRun() {
        for (String bad : List.of("7", "7x", "0h", "29d", "5w", "-1d", "seven days")) {
            List<Problem> problems = Resolutions.problems(resolve(forecast(bad, null), null));
            assertEquals(1, problems.size(), bad + ": " + problems);
            assertEquals("sessionLeak.horizon", problems.get(0).field(), bad);
            assertTrue(
                    problems.get(0).message().contains("is not a horizon"),
                    problems.get(0).message());
        }
        List<Problem> margin = Resolutions.problems(resolve(forecast(null, 101), null));
        assertEquals(
                List.of("sessionLeak.margin"),
                margin.stream().map(Problem::field).toList());
        assertTrue(margin.get(0).message().contains("between 0 and 100"), margin.toString());
        Resolutions.problems(resolve(forecast(null, -1), null));
    }

    @Test
    void aHorizonOrAMarginWithoutTheForecastIsAProblemAndNoThresholdStillIsOne() {
        SessionLeakCondition off = forecast("7d", null);
        off.setForecast(false);
        off.setMinLeaked(40);
        List<Problem> problems = Resolutions.problems(resolve(off, null));
        assertEquals(
                List.of("sessionLeak.horizon"),
                problems.stream().map(Problem::field).toList());
        off.setHorizon("");
        off.setMargin(5);
        assertEquals(
                List.of("sessionLeak.margin"),
                Resolutions.problems(resolve(off, null)).stream()
                        .map(Problem::field)
                        .toList());
        off.setMargin(null);
        assertNull(Resolutions.resolved(resolve(off, null)).plan().sessionLeak().forecast());
        off.setMinLeaked(null);
        assertEquals(
                List.of("sessionLeak"),
                Resolutions.problems(resolve(off, null)).stream()
                        .map(Problem::field)
                        .toList());
    }
}
