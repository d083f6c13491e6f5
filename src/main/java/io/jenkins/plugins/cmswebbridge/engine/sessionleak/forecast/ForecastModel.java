package io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast;

import java.time.Instant;
import java.util.Arrays;

/**
 * Forecasts when a web bridge reaches the 149-session limit from its {@link SessionHistory}.
 *
 * <p>The model in two sentences: since the web bridge's last restart, the lowest count of each day is its leak floor
 * (the leaked sessions, when no guest is connected), and a least-squares line through these daily floors gives the
 * leak's growth per day. Its real traffic is the highest count above that line at each hour of the day over the last
 * week, and the web bridge reaches 149 at the first hour at which the line plus that hour's traffic does.
 *
 * <p>The steps and their parameters, with the reason for each:
 * <ul>
 * <li>Last restart: the last hour whose lowest count is at most half of the lowest count of the 24 hours of readings
 * before it, and at least {@value #MIN_DROP} below it. Leaked sessions only go away with a restart, so the count
 * never falls below the floor otherwise; guests leaving after a meeting bring it back to the floor, not below, and
 * the two bounds keep a quiet night on a web bridge with some steady traffic from counting as a restart. The hour of
 * the restart itself mixes counts from before and after it, and is left out.</li>
 * <li>Daily floors: the {@value SessionHistory#DAYS} days before the newest reading, cut into 24-hour days that end
 * at its hour, so that each day holds one night whatever the hour of the newest reading. A day counts when it lies
 * wholly after the restart and has readings in at least {@value #MIN_DAY_HOURS} of its hours: a day with its night
 * missing would give a daytime count as its floor. Its floor is its lowest hourly count, placed at the middle of that
 * hour. Days missing from the logs (gaps) are just not there.</li>
 * <li>At least {@value #MIN_DAILY_FLOORS} daily floors: a line through two points always fits, three is the fewest
 * that can show that it does not. A forecast is given from the fourth day after a restart on.</li>
 * <li>Growth of at least {@value #MIN_GROWTH_PER_DAY} sessions a day: slower is within what a few guests staying on
 * overnight make of the floors, and puts 149 about 300 days away even from an empty web bridge.</li>
 * <li>Fit R² of at least {@value #MIN_FIT}: floors that scatter more (a restart that was missed, nights that are
 * missing, a leak that comes and goes) are no steady growth, and an unknown forecast is better than a wrong date.</li>
 * <li>Traffic: for each hour of the day (UTC), the highest count above the line in that hour over the last
 * {@value #TRAFFIC_DAYS} days since the restart (a week holds every weekday), at least 0; the line is taken at the
 * middle of the hour. The forecast is the start of the first hour, from the newest reading's on, at whose middle the
 * line plus that hour of the day's traffic reaches 149: the busy hours reach it first.</li>
 * <li>Any count of 149 or more since the last restart makes the web bridge {@link Forecast.Kind#AT_LIMIT}: the floor
 * never falls without a restart, so it will reach the limit again at its next busy hour.</li>
 * </ul>
 * For a leak that grows steadily and traffic that repeats from day to day, that is the hour in which the count
 * reaches 149. Traffic that is lower on some days (quiet weekends) is taken at its highest, so the forecast is then
 * early, never late; the date is never before the newest reading.
 */
public final class ForecastModel {

    /** Fewest daily floors a line is fitted through. */
    public static final int MIN_DAILY_FLOORS = 3;
    /** Slowest growth of the leak floor, in sessions per day, that counts as growth. */
    public static final double MIN_GROWTH_PER_DAY = 0.5;
    /** Lowest R² of the line through the daily floors that counts as steady growth. */
    public static final double MIN_FIT = 0.6;
    /** Hours of a 24-hour day that must have readings for the day's floor to count. */
    static final int MIN_DAY_HOURS = 18;
    /** Sessions the count must fall below the previous day's floor (and to half of it at most) for a restart. */
    static final int MIN_DROP = 10;
    /** Days of readings the traffic peak is taken from. */
    static final int TRAFFIC_DAYS = 7;

    private static final long NONE = Long.MIN_VALUE;
    /** The line stays near the floors, so a date is at most a few years away; this only keeps it in range. */
    private static final double MAX_DAYS_AHEAD = 36_500;

    private ForecastModel() {}

    /**
     * The forecast of a web bridge from its readings; {@code null} when it has none. Never throws.
     *
     * @param limit the count at which a web bridge refuses guests (149)
     */
    public static Forecast forecast(SessionHistory h, int limit) {
        if (h == null || h.newest() == null) {
            return null;
        }
        long top = h.newestHour();
        long restart = lastRestart(h);
        long from = restart == NONE ? h.oldestHour() : restart + 1;
        long first = NONE;
        int hours = 0;
        int highest = 0;
        for (long hour = from; hour <= top; hour++) {
            if (h.has(hour)) {
                first = first == NONE ? hour : first;
                hours++;
                highest = Math.max(highest, h.high(hour));
            }
        }
        double days = first == NONE ? 0 : h.daysSince(first);
        double[] x = new double[SessionHistory.DAYS];
        double[] y = new double[SessionHistory.DAYS];
        int floors = dailyFloors(h, restart, x, y);
        LineFit line = floors >= MIN_DAILY_FLOORS ? LineFit.of(x, y, floors) : null;
        Forecast.Evidence e = new Forecast.Evidence(
                limit,
                h.newest(),
                restart == NONE ? null : SessionHistory.start(restart),
                days,
                floors,
                hours,
                highest,
                line);
        if (highest >= limit) {
            return Forecast.atLimit(e);
        }
        if (line == null) {
            return Forecast.unknown(Forecast.Reason.TOO_FEW_DAYS, e);
        }
        if (!(line.slope() >= MIN_GROWTH_PER_DAY)) {
            return Forecast.unknown(Forecast.Reason.NO_GROWTH, e);
        }
        if (!(line.r2() >= MIN_FIT)) {
            return Forecast.unknown(Forecast.Reason.POOR_FIT, e);
        }
        double[] traffic = traffic(h, from, line);
        Instant at = reachesAt(h.newest(), line, traffic, limit);
        if (at == null) { // not seen: the newest hour has a reading and lies after the restart
            return Forecast.unknown(Forecast.Reason.TOO_FEW_DAYS, e);
        }
        double peak = Arrays.stream(traffic).filter(t -> !Double.isNaN(t)).max().orElse(0);
        return Forecast.reaches(e, (int) Math.ceil(peak), at, traffic);
    }

    /** The hour of the last restart in the window, or {@link #NONE}. */
    static long lastRestart(SessionHistory h) {
        long restart = NONE;
        long previous = NONE;
        for (long hour = h.oldestHour(); hour <= h.newestHour(); hour++) {
            if (!h.has(hour)) {
                continue;
            }
            if (previous != NONE) {
                int floor = lowest(h, Math.max(h.oldestHour(), previous - 23), previous);
                int low = h.low(hour);
                if (low * 2 <= floor && floor - low >= MIN_DROP) {
                    restart = hour;
                }
            }
            previous = hour;
        }
        return restart;
    }

    private static int lowest(SessionHistory h, long from, long to) {
        int lowest = Integer.MAX_VALUE;
        for (long hour = from; hour <= to; hour++) {
            if (h.has(hour)) {
                lowest = Math.min(lowest, h.low(hour));
            }
        }
        return lowest;
    }

    /**
     * Fills {@code x} (days from the newest reading) and {@code y} (the count) with the floors of the whole days after
     * {@code restart}, newest first, and returns how many.
     */
    private static int dailyFloors(SessionHistory h, long restart, double[] x, double[] y) {
        int n = 0;
        for (int day = 0; day < SessionHistory.DAYS; day++) {
            long end = h.newestHour() - 24L * day;
            long start = end - 23;
            if (start < h.oldestHour() || restart != NONE && start <= restart) {
                break;
            }
            int covered = 0;
            long lowestHour = NONE;
            for (long hour = start; hour <= end; hour++) {
                if (h.has(hour)) {
                    covered++;
                    if (lowestHour == NONE || h.low(hour) < h.low(lowestHour)) {
                        lowestHour = hour;
                    }
                }
            }
            if (covered >= MIN_DAY_HOURS) {
                x[n] = h.daysFromNewest(lowestHour);
                y[n] = h.low(lowestHour);
                n++;
            }
        }
        return n;
    }

    /**
     * The highest count above the line (at least 0) at each hour of the day (UTC), over the last
     * {@link #TRAFFIC_DAYS} days from {@code from} on; {@code NaN} for an hour of the day without readings.
     */
    static double[] traffic(SessionHistory h, long from, LineFit line) {
        double[] traffic = new double[24];
        Arrays.fill(traffic, Double.NaN);
        for (long hour = Math.max(from, h.newestHour() - 24L * TRAFFIC_DAYS + 1); hour <= h.newestHour(); hour++) {
            if (h.has(hour)) {
                int k = SessionHistory.hourOfDay(hour);
                double above = Math.max(0, h.high(hour) - line.at(h.daysFromNewest(hour)));
                traffic[k] = Double.isNaN(traffic[k]) ? above : Math.max(traffic[k], above);
            }
        }
        return traffic;
    }

    /**
     * The start of the first hour, from the newest reading's on, at whose middle the line plus that hour of the day's
     * traffic reaches {@code limit}; never before the newest reading; {@code null} without any traffic figure.
     */
    static Instant reachesAt(Instant newest, LineFit line, double[] traffic, int limit) {
        long newestHour = SessionHistory.hourOf(newest);
        long first = Long.MAX_VALUE;
        for (int k = 0; k < 24; k++) {
            if (Double.isNaN(traffic[k])) {
                continue;
            }
            // days from the newest reading at which the line reaches the limit less this hour's traffic
            double days = Math.min((limit - traffic[k] - line.intercept()) / line.slope(), MAX_DAYS_AHEAD);
            long hour = Math.max(newestHour, SessionHistory.firstHourFrom(newest, days));
            hour += Math.floorMod(k - SessionHistory.hourOfDay(hour), 24);
            first = Math.min(first, hour);
        }
        if (first == Long.MAX_VALUE) {
            return null;
        }
        Instant at = SessionHistory.start(first);
        return at.isBefore(newest) ? newest : at;
    }
}
