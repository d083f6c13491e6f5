package io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The forecast part of the session-leak condition: restart when a web bridge is expected to reach the limit less a
 * margin before the horizon ends. The horizon is how far ahead the run looks, typically until the job's next
 * scheduled run (the next chance to restart); the margin, in sessions, is room for the forecast's error and for an
 * unusually busy day.
 *
 * <p>A forecast is judged against the clock of the node that runs the build, never against its own newest reading
 * alone: a forecast whose newest reading is more than {@link #STALE_AFTER} old (the logs stopped, or are old files),
 * or ahead of the clock by more than {@link #CLOCK_SKEW}, is not used.
 *
 * @param horizon how far ahead to look, from {@link #MIN_HORIZON} to {@link #MAX_HORIZON}
 * @param margin sessions below the limit that count as reaching it, from 0 to {@link #MAX_MARGIN}
 * @param fromSchedule whether the horizon is the time until the job's next scheduled run (for the messages)
 */
public record ForecastRule(Duration horizon, int margin, boolean fromSchedule) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Duration DEFAULT_HORIZON = Duration.ofDays(7);
    public static final Duration MIN_HORIZON = Duration.ofHours(1);
    /** Twice the days of readings the scan keeps: a forecast further ahead is a guess. */
    public static final Duration MAX_HORIZON = Duration.ofDays(2L * SessionHistory.DAYS);

    public static final int DEFAULT_MARGIN = 10;
    public static final int MAX_MARGIN = 100;
    /** Readings older than this, by the node's clock, make no forecast: the logs have stopped. */
    public static final Duration STALE_AFTER = Duration.ofHours(24);
    /** Readings further ahead of the node's clock than this make no forecast: one of the clocks is wrong. */
    public static final Duration CLOCK_SKEW = Duration.ofHours(1);

    /** @throws IllegalArgumentException when the horizon or the margin is out of range */
    public ForecastRule {
        Objects.requireNonNull(horizon, "horizon");
        if (horizon.compareTo(MIN_HORIZON) < 0 || horizon.compareTo(MAX_HORIZON) > 0) {
            throw new IllegalArgumentException("horizon out of range: " + horizon);
        }
        if (margin < 0 || margin > MAX_MARGIN) {
            throw new IllegalArgumentException("margin out of range: " + margin);
        }
    }

    /** The count that counts as reaching {@code limit}: the limit less the margin. */
    public int count(int limit) {
        return limit - margin;
    }

    /**
     * What the forecast of one web bridge calls for in a run at {@code now}.
     *
     * @param forecast its forecast for {@code limit}
     */
    public Outlook outlook(String bridge, Forecast forecast, int limit, Instant now) {
        Instant newest = forecast.getNewestReading();
        Duration age = Duration.between(newest, now);
        if (age.compareTo(STALE_AFTER) > 0) {
            return new Outlook(
                    bridge,
                    forecast,
                    Outlook.Call.UNKNOWN,
                    "forecast unknown: the newest reading is " + days(age) + " old");
        }
        if (age.negated().compareTo(CLOCK_SKEW) > 0) {
            return new Outlook(
                    bridge,
                    forecast,
                    Outlook.Call.UNKNOWN,
                    "forecast unknown: the newest reading is " + days(age.negated()) + " ahead of this node's clock");
        }
        Instant at = forecast.reachesAt(count(limit));
        if (at == null) {
            return new Outlook(
                    bridge,
                    forecast,
                    Outlook.Call.UNKNOWN,
                    "forecast unknown: " + forecast.getReason().english());
        }
        String target = margin == 0 ? String.valueOf(limit) : count(limit) + " (" + limit + " less " + margin + ")";
        String growth = growth(forecast);
        if (forecast.getKind() == Forecast.Kind.AT_LIMIT) {
            return new Outlook(
                    bridge,
                    forecast,
                    Outlook.Call.RESTART,
                    growth + "already at " + limit + " since its last restart; restart");
        }
        String when = limit + " " + in(forecast.reachesAt(limit), now);
        if (!at.isAfter(now.plus(horizon))) {
            String reached = at.isAfter(now) ? target + " " + in(at, now) : target + " already reached";
            return new Outlook(
                    bridge,
                    forecast,
                    Outlook.Call.RESTART,
                    growth + when + "; restart: " + reached + ", within " + horizonText());
        }
        return new Outlook(
                bridge,
                forecast,
                Outlook.Call.NOT_YET,
                growth + when + "; not yet: " + target + " after " + horizonText());
    }

    /** The horizon as the messages give it, e.g. {@code 7 d} or {@code 6.5 d (until the next scheduled run)}. */
    public String horizonText() {
        return days(horizon) + (fromSchedule ? " (until the next scheduled run)" : "");
    }

    /** {@code in ~3.4 d (2026-06-12 14:00 UTC)}, counted from {@code now}, never in the past. */
    static String in(Instant at, Instant now) {
        Instant shown = at.isBefore(now) ? now : at;
        String day = shown.toString().replace('T', ' ');
        return "in ~" + days(Duration.between(now, shown)) + " (" + day.substring(0, Math.min(16, day.length()))
                + " UTC)";
    }

    private static String growth(Forecast forecast) {
        Double g = forecast.getGrowthPerDay();
        return g == null ? "" : String.format(Locale.ROOT, "%+.1f sessions a day; ", g);
    }

    /** A duration in days, one decimal under ten days, whole days from ten on: {@code 0.3 d}, {@code 12 d}. */
    public static String days(@CheckForNull Duration d) {
        if (d == null) {
            return "?";
        }
        double days = d.toSeconds() / 86_400.0;
        return days < 9.95
                ? String.format(Locale.ROOT, "%.1f d", days)
                : String.format(Locale.ROOT, "%d d", Math.round(days));
    }
}
