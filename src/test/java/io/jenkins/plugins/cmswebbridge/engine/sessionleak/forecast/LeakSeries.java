package io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A web bridge's active sessions whose truth is known: leaked sessions that grow by {@code growthPerDay} from 0 at
 * each restart (from {@code leakAtStart} before the first), plus guests: none at night, rising to {@code peak}
 * at 13:00 UTC (a half sine from 08:00 to 18:00), on weekdays only when {@code weekends} is false; plus, when
 * {@code noise} is above 0, a random 0 to {@code noise} more sessions (guests staying on), seeded. A reading every
 * {@code step}.
 */
record LeakSeries(
        double leakAtStart,
        double growthPerDay,
        int peak,
        boolean weekends,
        int noise,
        long seed,
        Duration step,
        List<Instant> restarts) {

    static final int LIMIT = 149;

    record Reading(Instant time, int active) {}

    static LeakSeries steady(double leakAtStart, double growthPerDay, int peak) {
        return new LeakSeries(leakAtStart, growthPerDay, peak, true, 0, 1, Duration.ofMinutes(5), List.of());
    }

    LeakSeries withNoise(int noise, long seed) {
        return new LeakSeries(leakAtStart, growthPerDay, peak, weekends, noise, seed, step, restarts);
    }

    LeakSeries withRestarts(Instant... times) {
        return new LeakSeries(leakAtStart, growthPerDay, peak, weekends, noise, seed, step, List.of(times));
    }

    LeakSeries withoutWeekendTraffic() {
        return new LeakSeries(leakAtStart, growthPerDay, peak, false, noise, seed, step, restarts);
    }

    LeakSeries every(Duration step) {
        return new LeakSeries(leakAtStart, growthPerDay, peak, weekends, noise, seed, step, restarts);
    }

    /** The leaked sessions at {@code t}, counting from {@code start} or from the last restart before {@code t}. */
    double leak(Instant start, Instant t) {
        Instant since = start;
        double at = leakAtStart;
        for (Instant r : restarts) {
            if (!r.isAfter(t)) {
                since = r;
                at = 0;
            }
        }
        return at + growthPerDay * Duration.between(since, t).toSeconds() / 86_400.0;
    }

    double guests(Instant t) {
        var day = t.atOffset(ZoneOffset.UTC);
        if (!weekends && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            return 0;
        }
        double hour = day.getHour() + day.getMinute() / 60.0;
        return hour < 8 || hour >= 18 ? 0 : peak * Math.sin(Math.PI * (hour - 8) / 10);
    }

    /** The count without noise: what the truth is read from. */
    int clean(Instant start, Instant t) {
        return (int) Math.floor(leak(start, t) + guests(t));
    }

    /** The readings from {@code start} (included) to {@code end} (excluded). */
    List<Reading> readings(Instant start, Instant end) {
        Random random = new Random(seed);
        List<Reading> list = new ArrayList<>();
        for (Instant t = start; t.isBefore(end); t = t.plus(step)) {
            list.add(new Reading(t, clean(start, t) + (noise > 0 ? random.nextInt(noise + 1) : 0)));
        }
        return list;
    }

    /**
     * The first reading time at or after {@code now} at which the count can reach 149: without noise, or with all
     * of it ({@code extra} more sessions); within a year.
     */
    Instant truth(Instant start, Instant now, int extra) {
        for (Instant t = now; t.isBefore(now.plus(Duration.ofDays(365))); t = t.plus(step)) {
            if (clean(start, t) + extra >= LIMIT) {
                return t;
            }
        }
        throw new IllegalStateException("149 not reached within a year");
    }

    /** The forecast from the readings from {@code start} to {@code end}. */
    Forecast forecast(Instant start, Instant end) {
        return ForecastModel.forecast(history(readings(start, end)), LIMIT);
    }

    static SessionHistory history(List<Reading> readings) {
        SessionHistory h = new SessionHistory();
        for (Reading r : readings) {
            h.add(r.time(), r.active());
        }
        return h;
    }
}
