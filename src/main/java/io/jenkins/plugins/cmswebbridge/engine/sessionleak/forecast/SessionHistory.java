package io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast;

import java.time.Instant;
import java.util.Arrays;

/**
 * The bounded summary of one web bridge's {@code Stats} readings that {@link ForecastModel} works from: the lowest
 * and the highest active-session count of every hour of the last {@value #DAYS} days before its newest reading, and
 * when that newest reading was. Never a list of readings: two bytes per hour, {@value #HOURS} hours, about 0.7 KiB
 * per web bridge whatever the size of the logs, so under 8 MiB for the scanner's 10,000 servers.
 *
 * <p>The order of the readings does not matter: an hour's slot is found from the hour itself, and a minimum and a
 * maximum are the same whatever order the values come in and however often one comes (rotated files read twice).
 * A reading newer than all others moves the window on and forgets the hours that leave it; a reading older than the
 * window is left out. So the summary after any order of the same readings is the same: the hours within
 * {@value #DAYS} days of the newest reading. Counts are kept between 0 and {@value #MAX_COUNT}; every count from
 * 149 on means "at the limit" anyway.
 */
public final class SessionHistory {

    /** Days of hourly figures kept before the newest reading. */
    public static final int DAYS = 14;

    static final int HOURS = DAYS * 24;
    /** Counts above this are kept as this (one unsigned byte). */
    static final int MAX_COUNT = 255;

    private static final int SECONDS_PER_HOUR = 3600;
    private static final byte EMPTY_LOW = (byte) MAX_COUNT;
    private static final byte EMPTY_HIGH = 0;

    /** Per hour slot, unsigned; a slot whose low is above its high holds no reading. */
    private final byte[] low = new byte[HOURS];

    private final byte[] high = new byte[HOURS];
    private long newestHour;
    private Instant newest;

    public SessionHistory() {
        Arrays.fill(low, EMPTY_LOW);
    }

    /** Adds one reading: {@code active} sessions at {@code time}. */
    public void add(Instant time, int active) {
        long hour = hourOf(time);
        if (newest == null) {
            newestHour = hour;
            newest = time;
        } else if (hour > newestHour) {
            moveTo(hour);
        } else if (hour <= newestHour - HOURS) {
            return; // older than the window: it would leave it again once the newest reading is known
        }
        if (!time.isBefore(newest)) {
            newest = time;
        }
        int value = Math.max(0, Math.min(active, MAX_COUNT));
        int i = slot(hour);
        if (value < (low[i] & 0xff)) {
            low[i] = (byte) value;
        }
        if (value > (high[i] & 0xff)) {
            high[i] = (byte) value;
        }
    }

    /** Empties the slots of the hours after the newest one up to {@code hour}, which becomes the newest. */
    private void moveTo(long hour) {
        long steps = Math.min(hour - newestHour, HOURS);
        for (long s = 1; s <= steps; s++) {
            int i = slot(newestHour + s);
            low[i] = EMPTY_LOW;
            high[i] = EMPTY_HIGH;
        }
        newestHour = hour;
    }

    private static int slot(long hour) {
        return (int) Math.floorMod(hour, (long) HOURS);
    }

    /** The time of the newest reading, or {@code null} before the first. */
    Instant newest() {
        return newest;
    }

    /** The hour (since the epoch) of the newest reading. */
    long newestHour() {
        return newestHour;
    }

    /** The oldest hour the window holds. */
    long oldestHour() {
        return newestHour - HOURS + 1;
    }

    /** Whether {@code hour} is in the window and has a reading. */
    boolean has(long hour) {
        if (newest == null || hour > newestHour || hour < oldestHour()) {
            return false;
        }
        int i = slot(hour);
        return (low[i] & 0xff) <= (high[i] & 0xff);
    }

    /** The lowest count of an hour that {@link #has} a reading. */
    int low(long hour) {
        return low[slot(hour)] & 0xff;
    }

    /** The highest count of an hour that {@link #has} a reading. */
    int high(long hour) {
        return high[slot(hour)] & 0xff;
    }

    /** Seconds from the newest reading to the middle of {@code hour}, in days (negative: before it). */
    double daysFromNewest(long hour) {
        return (hour * (double) SECONDS_PER_HOUR + SECONDS_PER_HOUR / 2.0 - seconds(newest)) / 86_400;
    }

    /** The first hour whose middle is at or after the instant {@code days} days from the newest reading. */
    long firstHourFrom(double days) {
        return firstHourFrom(newest, days);
    }

    /** The first hour whose middle is at or after the instant {@code days} days from {@code from}. */
    static long firstHourFrom(Instant from, double days) {
        return (long) Math.ceil((seconds(from) + days * 86_400 - SECONDS_PER_HOUR / 2.0) / SECONDS_PER_HOUR);
    }

    /** The hour (since the epoch) that {@code time} falls in. */
    static long hourOf(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), SECONDS_PER_HOUR);
    }

    /** The hour of the day (UTC) of {@code hour}, 0 to 23. */
    static int hourOfDay(long hour) {
        return (int) Math.floorMod(hour, 24L);
    }

    /** Days from the start of {@code hour} to the newest reading. */
    double daysSince(long hour) {
        return (seconds(newest) - hour * (double) SECONDS_PER_HOUR) / 86_400;
    }

    /** Seconds since the epoch with the fraction, as a double. */
    static double seconds(Instant t) {
        return t.getEpochSecond() + t.getNano() / 1e9;
    }

    /** The start of {@code hour}. */
    static Instant start(long hour) {
        return Instant.ofEpochSecond(hour * SECONDS_PER_HOUR);
    }
}
