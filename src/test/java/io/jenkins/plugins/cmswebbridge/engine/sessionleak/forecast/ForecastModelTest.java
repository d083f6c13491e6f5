package io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Forecast.Kind;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Forecast.Reason;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.LeakSeries.Reading;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The forecast against series whose truth is known ({@link LeakSeries}): the first reading at which the count reaches
 * 149, found by stepping the series on from its newest reading.
 */
class ForecastModelTest {

    /** A Monday. */
    private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");

    private static final int LIMIT = LeakSeries.LIMIT;

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 86_400.0;
    }

    private static Instant day(double days) {
        return START.plusSeconds((long) (days * 86_400));
    }

    private static Forecast forecast(List<Reading> readings) {
        return ForecastModel.forecast(LeakSeries.history(readings), LIMIT);
    }

    /**
     * Asserts that the forecast of {@code readings} reaches 149 within 10 % (and at least an hour) of the truth: the
     * first reading from the newest on at which the series can reach 149, which with noise lies between the count
     * with all of the noise and without it. Returns it.
     */
    private static Forecast assertNearTruth(LeakSeries s, List<Reading> readings) {
        Forecast f = forecast(readings);
        Instant now = f.getNewestReading();
        double earliest = days(now, s.truth(START, now, s.noise()));
        double latest = days(now, s.truth(START, now, 0));
        String what = s + " to " + now + ": truth " + earliest + " to " + latest + " days; " + f;
        assertEquals(Kind.REACHES, f.getKind(), what);
        double left = f.getDaysLeft();
        assertTrue(left >= earliest - Math.max(0.1 * earliest, 1 / 24.0), "too early: " + what);
        assertTrue(left <= latest + Math.max(0.1 * latest, 1 / 24.0), "too late: " + what);
        assertTrue(left <= latest + 1 / 24.0, "later than the truth: " + what);
        return f;
    }

    @Test
    void cleanSeriesAreForecastWithinTenPercentOfTheTruth() {
        int checked = 0;
        for (double growth : new double[] {2, 5, 10, 20}) {
            for (int peak : new int[] {0, 20, 60}) {
                for (int days : new int[] {4, 6, 9, 13}) {
                    for (int hour : new int[] {0, 7, 13, 17}) {
                        LeakSeries s = LeakSeries.steady(0, growth, peak);
                        Instant end = day(days).plus(Duration.ofHours(hour));
                        if (s.leak(START, end) + peak >= LIMIT) {
                            continue; // it reached the limit already: see the at-limit tests
                        }
                        Forecast f = assertNearTruth(s, s.readings(START, end));
                        assertEquals(growth, f.getGrowthPerDay(), growth * 0.02, f.toString());
                        assertTrue(f.getFit() > 0.99, f.toString());
                        // the leak grows within the hour too: up to 2 sessions more than the guests
                        assertEquals(peak + 1, f.getTrafficPeak(), 1.0, f.toString());
                        assertNull(f.getLastRestart(), "guests leaving is no restart: " + f);
                        assertEquals(days, f.getDailyFloors(), f.toString());
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 140, "series checked: " + checked);
    }

    @Test
    void noisySeriesAreForecastWithinTenPercentToo() {
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            double growth = 2 + random.nextInt(15);
            int peak = random.nextInt(70);
            LeakSeries s = LeakSeries.steady(random.nextInt(20), growth, peak).withNoise(3, seed);
            Instant end = day(4 + random.nextInt(10)).plus(Duration.ofMinutes(random.nextInt(24 * 60)));
            if (s.leak(START, end) + peak + 3 >= LIMIT) {
                continue;
            }
            Forecast f = assertNearTruth(s, s.readings(START, end));
            assertEquals(growth, f.getGrowthPerDay(), growth * 0.1, f.toString());
        }
    }

    @Test
    void quietWeekendsMakeTheForecastEarlyNeverLate() {
        LeakSeries s = LeakSeries.steady(0, 6, 35).withoutWeekendTraffic();
        // the leak plus the weekday traffic reaches 149 on Saturday the 21st before noon, when no guest comes; the
        // count reaches it on Monday the 23rd, when they are back
        Forecast f = forecast(s.readings(START, day(11)));
        assertEquals(Kind.REACHES, f.getKind(), f.toString());
        assertEquals(6, f.getGrowthPerDay(), 0.1);
        assertEquals(Instant.parse("2026-11-21T11:00:00Z"), f.getReachesAt(), f.toString());
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), s.truth(START, f.getNewestReading(), 0));
    }

    @Test
    void aReadingEveryFewMinutesOrEveryHalfHourGivesTheSameDay() {
        LeakSeries s = LeakSeries.steady(10, 8, 30);
        assertNearTruth(s, s.readings(START, day(7)));
        LeakSeries sparse = s.every(Duration.ofMinutes(30));
        assertNearTruth(sparse, sparse.readings(START, day(7)));
    }

    @Test
    void aSingleReadingOrTooFewDaysAreUnknown() {
        Forecast one = forecast(List.of(new Reading(START, 40)));
        assertEquals(Kind.UNKNOWN, one.getKind());
        assertEquals(Reason.TOO_FEW_DAYS, one.getReason());
        assertEquals(0, one.getDailyFloors());
        assertEquals(1, one.getHours());
        assertEquals(START, one.getNewestReading());
        assertNull(one.getReachesAt());
        assertNull(one.getGrowthPerDay());
        LeakSeries s = LeakSeries.steady(0, 10, 40);
        // a day counts from 18 hours of readings on: 2.7 days make 2 days and 16 hours
        Forecast short1 = forecast(s.readings(START, day(2.7)));
        assertEquals(Reason.TOO_FEW_DAYS, short1.getReason(), short1.toString());
        assertEquals(2, short1.getDailyFloors());
        assertEquals(2.7, short1.getDays(), 0.01);
        assertEquals(Kind.REACHES, forecast(s.readings(START, day(3))).getKind(), "three whole days are enough");
    }

    @Test
    void aFloorThatDoesNotGrowIsUnknown() {
        LeakSeries flat = LeakSeries.steady(30, 0, 60).withNoise(2, 3);
        Forecast f = forecast(flat.readings(START, day(10)));
        assertEquals(Reason.NO_GROWTH, f.getReason(), f.toString());
        assertEquals(0, f.getGrowthPerDay(), 0.3);
        assertEquals(10, f.getDailyFloors());
        LeakSeries slow = LeakSeries.steady(30, 0.3, 60);
        assertEquals(Reason.NO_GROWTH, forecast(slow.readings(START, day(10))).getReason());
    }

    @Test
    void floorsThatJumpAboutAreUnknown() {
        // the floor jumps by 18 from day to day, up and down again, falling too little to be a restart: rising on
        // average, but no steady growth
        List<Reading> readings = new ArrayList<>();
        for (int d = 0; d < 8; d++) {
            for (int hour = 0; hour < 24; hour++) {
                int floor = 40 + d + (d % 2) * 18;
                readings.add(new Reading(day(d).plus(Duration.ofHours(hour)), floor + (hour == 13 ? 40 : 0)));
            }
        }
        Forecast f = forecast(readings);
        assertEquals(Reason.POOR_FIT, f.getReason(), f.toString());
        assertTrue(f.getGrowthPerDay() > ForecastModel.MIN_GROWTH_PER_DAY, f.toString());
        assertTrue(f.getFit() < ForecastModel.MIN_FIT, f.toString());
        assertNull(f.getReachesAt());
    }

    @Test
    void aCountThatReachedTheLimitSinceTheRestartIsAtTheLimit() {
        LeakSeries s = LeakSeries.steady(60, 10, 60);
        // the peaks: Monday 125, Tuesday 135, Wednesday 145, Thursday 155; now it is Thursday night, below 149 again
        List<Reading> readings = s.readings(START, day(3.9));
        assertTrue(readings.get(readings.size() - 1).active() < LIMIT);
        Forecast f = forecast(readings);
        assertEquals(Kind.AT_LIMIT, f.getKind(), f.toString());
        assertNull(f.getReachesAt());
        assertEquals(10, f.getGrowthPerDay(), 0.2, "the figures are still given");
        List<Reading> newestAtLimit =
                new ArrayList<>(LeakSeries.steady(0, 10, 20).readings(START, day(5)));
        newestAtLimit.add(new Reading(day(5), LIMIT));
        assertEquals(Kind.AT_LIMIT, forecast(newestAtLimit).getKind());
    }

    @Test
    void countsOverTheLimitAreAtTheLimit() {
        List<Reading> readings = new ArrayList<>(LeakSeries.steady(0, 10, 20).readings(START, day(5)));
        readings.add(new Reading(day(4.5), 412));
        Forecast f = forecast(readings);
        assertEquals(Kind.AT_LIMIT, f.getKind(), f.toString());
        Forecast one = forecast(List.of(new Reading(START, 1_000_000)));
        assertEquals(Kind.AT_LIMIT, one.getKind(), "a single reading over the limit");
    }

    @Test
    void theForecastStartsAtTheLastRestart() {
        // 40 leaked at the start, growing by 4 a day; a restart on day 5 at 02:40; then 11 a day
        LeakSeries before = LeakSeries.steady(40, 4, 30);
        Instant restart = day(5).plus(Duration.ofMinutes(160));
        LeakSeries after = new LeakSeries(40, 11, 30, true, 0, 1, Duration.ofMinutes(5), List.of(restart));
        List<Reading> readings = new ArrayList<>(before.readings(START, restart));
        readings.addAll(after.readings(START, day(11)).stream()
                .filter(r -> !r.time().isBefore(restart))
                .toList());
        Forecast f = assertNearTruth(after, readings);
        assertEquals(Instant.parse("2026-11-07T02:00:00Z"), f.getLastRestart(), f.toString());
        assertEquals(11, f.getGrowthPerDay(), 0.2);
        assertEquals(5, f.getDailyFloors(), "the days wholly after the restart");
        assertEquals(6 - 3 / 24.0, f.getDays(), 0.01, "from the hour after the restart");
    }

    @Test
    void severalRestartsLeaveTheDataAfterTheLastOne() {
        LeakSeries s = LeakSeries.steady(30, 12, 40).withRestarts(day(2.1), day(5.1), day(7.1), day(9.1));
        Forecast f = forecast(s.readings(START, day(13)));
        assertEquals(Instant.parse("2026-11-11T02:00:00Z"), f.getLastRestart(), f.toString());
        assertNearTruth(s, s.readings(START, day(13)));
        Forecast soon = forecast(s.readings(START, day(11)));
        assertEquals(Reason.TOO_FEW_DAYS, soon.getReason(), "two days after the last restart: " + soon);
        assertEquals(1, soon.getDailyFloors());
    }

    @Test
    void gapsOfDaysAreMissingDaysNotRestarts() {
        LeakSeries s = LeakSeries.steady(5, 7, 40).withNoise(2, 11);
        List<Reading> readings = s.readings(START, day(12)).stream()
                .filter(r -> r.time().isBefore(day(4.3)) || r.time().isAfter(day(7.6)))
                .toList();
        Forecast f = assertNearTruth(s, readings);
        assertNull(f.getLastRestart(), f.toString());
        assertEquals(8, f.getDailyFloors(), "the days cut by the gap are left out: " + f);
        // a week without logs, and one day after it: the days before the gap still count
        List<Reading> afterAWeek = s.readings(START, day(12)).stream()
                .filter(r -> r.time().isBefore(day(4)) || r.time().isAfter(day(11)))
                .toList();
        assertNearTruth(s, afterAWeek);
    }

    @Test
    void aRestartDuringAGapIsFoundAfterIt() {
        LeakSeries s = LeakSeries.steady(20, 9, 40).withRestarts(day(6.5));
        List<Reading> readings = s.readings(START, day(13)).stream()
                .filter(r -> r.time().isBefore(day(5.2)) || r.time().isAfter(day(7.9)))
                .toList();
        Forecast f = assertNearTruth(s, readings);
        assertEquals(Instant.parse("2026-11-09T21:00:00Z"), f.getLastRestart(), "the first hour after the gap: " + f);
    }

    @Test
    void outOfOrderAndRepeatedLinesGiveTheSameForecast() {
        LeakSeries s = LeakSeries.steady(0, 9, 45).withNoise(3, 5).withRestarts(day(3.3));
        List<Reading> readings = s.readings(START, day(12));
        String ordered = forecast(readings).toString();
        List<Reading> shuffled = new ArrayList<>(readings);
        shuffled.addAll(readings.subList(0, readings.size() / 2)); // a rotated file read twice
        Collections.shuffle(shuffled, new Random(1));
        assertEquals(ordered, forecast(shuffled).toString());
    }

    @Test
    void clockJumpsOfAnHourDoNotMoveTheDay() {
        LeakSeries s = LeakSeries.steady(10, 8, 40);
        List<Reading> readings = new ArrayList<>();
        for (Reading r : s.readings(START, day(9))) {
            boolean ahead = r.time().isAfter(day(6.2)) && r.time().isBefore(day(6.6)); // clock an hour ahead a while
            boolean behind = r.time().isAfter(day(7.3)); // then set an hour back for good
            Instant at = ahead
                    ? r.time().plus(Duration.ofHours(1))
                    : behind ? r.time().minus(Duration.ofHours(1)) : r.time();
            readings.add(new Reading(at, r.active()));
        }
        Forecast f = forecast(readings);
        Instant realNow = f.getNewestReading().plus(Duration.ofHours(1));
        double truth = days(realNow, s.truth(START, realNow, 0));
        assertEquals(truth, f.getDaysLeft(), Math.max(0.1 * truth, 1 / 12.0), f.toString());
    }

    @Test
    void aReadingFarAheadOfTheOthersLeavesTooFewDaysNeverAPastDate() {
        LeakSeries s = LeakSeries.steady(10, 8, 40);
        List<Reading> readings = new ArrayList<>(s.readings(START, day(9)));
        Instant wrongYear = day(8).plus(Duration.ofDays(365));
        readings.add(new Reading(wrongYear, 50));
        Forecast f = forecast(readings);
        assertEquals(Reason.TOO_FEW_DAYS, f.getReason(), f.toString());
        assertEquals(wrongYear, f.getNewestReading());
        assertNull(f.getReachesAt());
        // a reading far behind the others is left out
        List<Reading> withOld = new ArrayList<>(s.readings(START, day(9)));
        withOld.add(new Reading(START.minus(Duration.ofDays(365)), 140));
        assertEquals(
                forecast(s.readings(START, day(9))).toString(),
                forecast(withOld).toString());
    }

    /** Whatever the readings, the forecast is one of its three kinds, never throws and never dates before now. */
    @Test
    void randomReadingsNeverThrowAndNeverGiveADateBeforeTheNewestReading() {
        Random random = new Random(20);
        int[] kinds = new int[Kind.values().length];
        for (int round = 0; round < 3000; round++) {
            List<Reading> readings = new ArrayList<>();
            int n = 1 + random.nextInt(random.nextBoolean() ? 20 : 3000);
            double growth = random.nextInt(30) - 5;
            int jumps = new int[] {0, 3000, 200}[random.nextInt(3)]; // one in this many readings jumps
            int wild = new int[] {0, 5000, 500}[random.nextInt(3)]; // one in this many has a wild count
            Instant at = START;
            for (int i = 0; i < n; i++) {
                int jump = jumps == 0 ? 2 : random.nextInt(jumps);
                at = switch (jump) {
                    case 0 -> at.plus(Duration.ofDays(random.nextInt(800) - 400)); // clock jump
                    case 1 -> at.plus(Duration.ofDays(1 + random.nextInt(5))); // gap
                    default -> at.plusSeconds(random.nextInt(900));
                };
                int count =
                        switch (wild == 0 ? 3 : random.nextInt(wild)) {
                            case 0 -> Integer.MAX_VALUE;
                            case 1 -> -1;
                            case 2 -> 149 + random.nextInt(1000);
                            default -> Math.max(0, (int) (growth * days(START, at)) % 140 + random.nextInt(30));
                        };
                readings.add(new Reading(at, count));
            }
            Instant newest =
                    readings.stream().map(Reading::time).max(Instant::compareTo).orElseThrow();
            Forecast f = forecast(readings);
            String what = "round " + round + ": " + f;
            assertNotNull(f, what);
            assertEquals(newest, f.getNewestReading(), what);
            assertTrue(f.getDays() >= 0 && f.getHours() >= 0 && f.getDailyFloors() >= 0, what);
            assertEquals(f.getKind() == Kind.UNKNOWN, f.getReason() != null, what);
            assertEquals(f.getKind() == Kind.REACHES, f.getReachesAt() != null, what);
            if (f.getReachesAt() != null) {
                assertTrue(!f.getReachesAt().isBefore(newest) && f.getDaysLeft() >= 0, what);
                assertTrue(f.getGrowthPerDay() >= ForecastModel.MIN_GROWTH_PER_DAY, what);
                assertTrue(f.getFit() >= ForecastModel.MIN_FIT && f.getTrafficPeak() >= 0, what);
            }
            kinds[f.getKind().ordinal()]++;
        }
        for (Kind kind : Kind.values()) {
            assertTrue(kinds[kind.ordinal()] > 20, "each kind comes up: " + java.util.Arrays.toString(kinds));
        }
    }

    /**
     * A forecast answers for a lower count as the model does when asked for that count: the decision asks when a web
     * bridge reaches 149 less a margin from the forecast the scan made for 149.
     */
    @Test
    void aLowerCountIsReachedWhenTheModelAskedForItSays() {
        int compared = 0;
        for (int seed = 0; seed < 60; seed++) {
            Random random = new Random(seed);
            LeakSeries s = LeakSeries.steady(random.nextInt(20), 2 + random.nextInt(15), random.nextInt(70))
                    .withNoise(random.nextInt(4), seed);
            SessionHistory h = LeakSeries.history(
                    s.readings(START, day(2 + random.nextInt(12)).plus(Duration.ofMinutes(random.nextInt(1440)))));
            Forecast forLimit = ForecastModel.forecast(h, LIMIT);
            for (int count = 60; count <= LIMIT; count += 7) {
                Forecast asked = ForecastModel.forecast(h, count);
                Instant expected = asked.getKind() == Kind.AT_LIMIT ? asked.getNewestReading() : asked.getReachesAt();
                assertEquals(expected, forLimit.reachesAt(count), "seed " + seed + ", count " + count + ": " + asked);
                compared += expected == null ? 0 : 1;
            }
            assertEquals(
                    forLimit.getReachesAt(), forLimit.getKind() == Kind.REACHES ? forLimit.reachesAt(LIMIT) : null);
        }
        assertTrue(compared > 300, "dates compared: " + compared);
    }

    @Test
    void noReadingsNoForecast() {
        assertNull(ForecastModel.forecast(new SessionHistory(), LIMIT));
        assertNull(ForecastModel.forecast(null, LIMIT));
    }
}
