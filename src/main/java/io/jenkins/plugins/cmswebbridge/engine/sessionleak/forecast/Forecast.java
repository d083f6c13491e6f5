package io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * When one web bridge is expected to reach the 149-session limit, as {@link ForecastModel} sees it from the
 * readings of the logs, and how sure that is. Immutable, small and serializable: it travels to the controller with
 * the session-leak report.
 *
 * <p>The forecast's "now" is the web bridge's newest reading ({@link #getNewestReading()}), never the clock: a
 * forecast made from old logs is as old as they are. {@link #getReachesAt()} is never before that reading.
 *
 * <p>The figures that could be worked out are given whatever the kind, so that an unknown forecast can still say
 * how much data it had: {@link #getDays()}, {@link #getDailyFloors()} and {@link #getHours()} always, the growth and
 * its fit once there were enough daily floors (also when at the limit); the traffic and the date with
 * {@link Kind#REACHES} only.
 */
public final class Forecast implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the forecast says. */
    public enum Kind {
        /** The web bridge is expected to reach the limit at {@link #getReachesAt()}. */
        REACHES,
        /** A reading since its last restart already reached the limit: it refuses guests at its busy hours. */
        AT_LIMIT,
        /** No date can be given; {@link #getReason()} says why. */
        UNKNOWN
    }

    /** Why a forecast is unknown; the English text is the engine's, the glue words it in the user's language. */
    public enum Reason {
        TOO_FEW_DAYS("fewer than " + ForecastModel.MIN_DAILY_FLOORS + " days of readings since the last restart"),
        NO_GROWTH("the leak does not grow: its daily floor rises by less than " + ForecastModel.MIN_GROWTH_PER_DAY
                + " sessions a day"),
        POOR_FIT("the daily floors do not rise steadily (fit R\u00b2 below " + ForecastModel.MIN_FIT + ")");

        private final String english;

        Reason(String english) {
            this.english = english;
        }

        public String english() {
            return english;
        }
    }

    private final Kind kind;
    private final Reason reason;
    private final int limit;
    private final Instant newestReading;
    private final Instant lastRestart;
    private final double days;
    private final int dailyFloors;
    private final int hours;
    private final Double growthPerDay;
    private final Double fit;
    private final Integer trafficPeak;
    private final Instant reachesAt;
    /** The highest count since the last restart (or in the window). */
    private final int highest;
    /** The line's count at the newest reading ({@code null} without a line). */
    private final Double intercept;
    /** The traffic of each hour of the day, {@code NaN} without readings; {@code null} unless {@link Kind#REACHES}. */
    private final double[] traffic;

    private Forecast(Kind kind, Reason reason, Evidence e, Integer trafficPeak, Instant reachesAt, double[] traffic) {
        this.kind = kind;
        this.reason = reason;
        this.limit = e.limit();
        this.newestReading = e.newestReading();
        this.lastRestart = e.lastRestart();
        this.days = e.days();
        this.dailyFloors = e.dailyFloors();
        this.hours = e.hours();
        this.growthPerDay = e.line() == null ? null : e.line().slope();
        this.fit = e.line() == null ? null : e.line().r2();
        this.trafficPeak = trafficPeak;
        this.reachesAt = reachesAt;
        this.highest = e.highest();
        this.intercept = e.line() == null ? null : e.line().intercept();
        this.traffic = traffic == null ? null : traffic.clone();
    }

    /**
     * What the model found before deciding: the limit it forecast, the newest reading, the last restart seen
     * ({@code null} when none), the days, daily floors and hours of readings since then, the highest count since then,
     * and the line fitted through the daily floors ({@code null} with too few of them).
     */
    record Evidence(
            int limit,
            Instant newestReading,
            Instant lastRestart,
            double days,
            int dailyFloors,
            int hours,
            int highest,
            LineFit line) {}

    static Forecast reaches(Evidence e, int trafficPeak, Instant at, double[] traffic) {
        return new Forecast(
                Kind.REACHES, null, e, trafficPeak, at.isBefore(e.newestReading()) ? e.newestReading() : at, traffic);
    }

    static Forecast atLimit(Evidence e) {
        return new Forecast(Kind.AT_LIMIT, null, e, null, null, null);
    }

    static Forecast unknown(Reason reason, Evidence e) {
        return new Forecast(Kind.UNKNOWN, reason, e, null, null, null);
    }

    public Kind getKind() {
        return kind;
    }

    /** The count at which the web bridge refuses guests, that the forecast is for (149). */
    public int getLimit() {
        return limit;
    }

    /** Why the forecast is {@link Kind#UNKNOWN}; {@code null} for the other kinds. */
    public Reason getReason() {
        return reason;
    }

    /** The web bridge's newest reading: the forecast's "now". */
    public Instant getNewestReading() {
        return newestReading;
    }

    /** The start of the hour in which the last restart was seen (its count fell sharply), or {@code null}. */
    public Instant getLastRestart() {
        return lastRestart;
    }

    /** Days from the first reading after the last restart (or the first kept) to the newest reading. */
    public double getDays() {
        return days;
    }

    /** Whole days since the last restart whose lowest count (the leak floor) was fitted. */
    public int getDailyFloors() {
        return dailyFloors;
    }

    /** Hours with readings since the last restart, within the {@value SessionHistory#DAYS} days kept. */
    public int getHours() {
        return hours;
    }

    /** The leak's growth: sessions per day of the line through the daily floors, or {@code null}. */
    public Double getGrowthPerDay() {
        return growthPerDay;
    }

    /** How well that line fits the daily floors: R², 1 for a perfect fit; {@code null} without a line. */
    public Double getFit() {
        return fit;
    }

    /**
     * The real traffic: the highest count above the line through the daily floors in the last week since the restart,
     * at the busiest hour of the day; {@code null} unless {@link Kind#REACHES}.
     */
    public Integer getTrafficPeak() {
        return trafficPeak;
    }

    /** When the web bridge is expected to reach the limit ({@link Kind#REACHES} only), never before the newest reading. */
    public Instant getReachesAt() {
        return reachesAt;
    }

    /**
     * When the web bridge is expected to reach {@code count} sessions, by the same model as {@link #getReachesAt()}
     * (which is this for the limit): the newest reading when a count since the last restart reached it already, else
     * the first hour at which the line through the daily floors plus that hour's traffic does; {@code null} when the
     * forecast is {@link Kind#UNKNOWN}. Never before the newest reading.
     */
    public Instant reachesAt(int count) {
        if (highest >= count || kind == Kind.AT_LIMIT) {
            return newestReading;
        }
        if (kind != Kind.REACHES) {
            return null;
        }
        Instant at = ForecastModel.reachesAt(newestReading, new LineFit(growthPerDay, intercept, fit), traffic, count);
        return at == null ? reachesAt : at;
    }

    /** Days from the newest reading to {@link #getReachesAt()}, or {@code null} unless {@link Kind#REACHES}. */
    public Double getDaysLeft() {
        return reachesAt == null
                ? null
                : (SessionHistory.seconds(reachesAt) - SessionHistory.seconds(newestReading)) / 86_400;
    }

    /** One English line, for logs and tests; the glue words forecasts itself. */
    @Override
    public String toString() {
        String evidence = String.format(
                Locale.ROOT,
                "%.1f days, %d daily floors, %d hours since %s",
                days,
                dailyFloors,
                hours,
                lastRestart == null ? "the first reading kept" : "the restart at " + lastRestart);
        String growth = growthPerDay == null
                ? ""
                : String.format(Locale.ROOT, "; growth %+.1f sessions/day (R\u00b2 %.2f)", growthPerDay, fit);
        return switch (kind) {
            case REACHES ->
                String.format(
                                Locale.ROOT,
                                "reaches %d in %.1f days, at %s; traffic peak %d",
                                limit,
                                getDaysLeft(),
                                reachesAt,
                                trafficPeak)
                        + growth + "; " + evidence;
            case AT_LIMIT ->
                "at the limit: a reading since the last restart reached " + limit + growth + "; " + evidence;
            case UNKNOWN -> "unknown: " + reason.english() + growth + "; " + evidence;
        };
    }
}
