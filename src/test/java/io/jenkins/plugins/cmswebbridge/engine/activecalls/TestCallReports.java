package io.jenkins.plugins.cmswebbridge.engine.activecalls;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Active-call reports for tests outside this package, made with the report's own constructor: one call bridge per
 * figure given, each answering that many call legs, or none for {@link ActiveCallsReport.Decision#ERROR}.
 */
public final class TestCallReports {

    private TestCallReports() {}

    public static ActiveCallsReport report(ActiveCallsReport.Decision decision, int... callLegs) {
        List<ActiveCallsReport.Reading> readings = new ArrayList<>();
        for (int i = 0; i < callLegs.length; i++) {
            readings.add(
                    new ActiveCallsReport.Reading("https://cb" + (i + 1) + ".example.com", callLegs[i], null, null));
        }
        if (decision == ActiveCallsReport.Decision.ERROR) {
            readings.add(
                    new ActiveCallsReport.Reading("https://cb0.example.com", null, "CONNECT", "connection refused"));
        }
        Instant at = Instant.parse("2026-06-01T02:00:00Z");
        return new ActiveCallsReport(decision, readings, 0, 1, Duration.ZERO, at, at);
    }
}
