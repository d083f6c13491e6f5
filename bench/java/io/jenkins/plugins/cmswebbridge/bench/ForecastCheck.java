package io.jenkins.plugins.cmswebbridge.bench;

import io.jenkins.plugins.cmswebbridge.engine.sessionleak.BridgeSessions;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Forecast;
import java.util.Locale;

/**
 * The forecasts of the benchmark's web bridges against what {@link SyslogGenerator} wrote: a web bridge restarted 4
 * days or more before the end has its growth within 10 %; one restarted less than 2.5 days before has too few days.
 */
final class ForecastCheck {

    private ForecastCheck() {}

    static void check(SessionLeakReport report, SyslogGenerator.Expected expected) {
        for (int i = 0; i < SyslogGenerator.WEB_BRIDGES.length; i++) {
            Forecast f = forecast(report, i);
            double days = expected.daysSinceRestart()[i];
            double growth = SyslogGenerator.GROWTH[i];
            boolean good;
            if (days >= 4) {
                good = f.getKind() != Forecast.Kind.UNKNOWN && Math.abs(f.getGrowthPerDay() - growth) <= growth * 0.1;
            } else if (days < 2.5) {
                good = f.getReason() == Forecast.Reason.TOO_FEW_DAYS;
            } else {
                good = true;
            }
            if (!good) {
                throw new IllegalStateException(line(report, expected, i));
            }
        }
    }

    static void print(SessionLeakReport report, SyslogGenerator.Expected expected) {
        for (int i = 0; i < SyslogGenerator.WEB_BRIDGES.length; i++) {
            System.out.println(line(report, expected, i));
        }
    }

    private static String line(SessionLeakReport report, SyslogGenerator.Expected expected, int i) {
        return String.format(
                Locale.ROOT,
                "forecast of %s (leaks %.0f a day, restarted %.1f days before the end): %s",
                SyslogGenerator.WEB_BRIDGES[i],
                SyslogGenerator.GROWTH[i],
                expected.daysSinceRestart()[i],
                forecast(report, i));
    }

    private static Forecast forecast(SessionLeakReport report, int i) {
        return report.bridges().stream()
                .filter(h -> h.getHost().equals(SyslogGenerator.WEB_BRIDGES[i]))
                .map(BridgeSessions::getForecast)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("no " + SyslogGenerator.WEB_BRIDGES[i] + " in the report"));
    }
}
