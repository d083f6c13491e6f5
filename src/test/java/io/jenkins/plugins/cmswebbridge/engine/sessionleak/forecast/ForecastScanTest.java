package io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.fleet.SerializationTest;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.BridgeSessions;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.LeakScanner;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.LeakSeries.Reading;
import io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forecasts through the scan: syslog lines in files, as {@link LeakScanner} reads them. */
class ForecastScanTest {

    private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");
    private static final Instant END = Instant.parse("2026-11-12T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);
    private static final DateTimeFormatter RFC3164 =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Leaks 8 sessions a day, up to 40 guests. */
    private static final LeakSeries LEAKING = LeakSeries.steady(12, 8, 40).withNoise(2, 3);
    /** Guests only, no leak. */
    private static final LeakSeries STEADY = LeakSeries.steady(0, 0, 90);

    @TempDir
    Path dir;

    /** The syslog lines of two web bridges and a call bridge, in time order. */
    private static List<String> lines() {
        List<String> lines = new ArrayList<>();
        List<Reading> leaking = LEAKING.readings(START, END);
        List<Reading> steady = STEADY.readings(START, END);
        for (int i = 0; i < leaking.size(); i++) {
            String time = RFC3164.format(leaking.get(i).time());
            lines.add(SyslogFixtures.webBridge(time, "cmsfe1", leaking.get(i).active()));
            lines.add(SyslogFixtures.other(time, "cmsfe1"));
            lines.add(SyslogFixtures.webBridge(time, "cmsfe2", steady.get(i).active()));
            lines.add(SyslogFixtures.callBridge(time, "cmscb1", steady.get(i).active() / 2, 50));
        }
        return lines;
    }

    private static Map<String, BridgeSessions> scan(Path dir, String pattern) throws Exception {
        SessionLeakReport report = LeakScanner.scan(dir, pattern, CLOCK);
        return report.bridges().stream().collect(Collectors.toMap(BridgeSessions::getHost, Function.identity()));
    }

    private void write(String name, List<String> lines) throws Exception {
        Files.write(dir.resolve(name), SyslogFixtures.text(lines.toArray(String[]::new)));
    }

    @Test
    void eachWebBridgeHasItsForecastAndACallBridgeNone() throws Exception {
        write("syslog", lines());
        Map<String, BridgeSessions> hosts = scan(dir, "syslog");
        Forecast leaking = hosts.get("cmsfe1").getForecast();
        Instant now = END.minus(LEAKING.step());
        assertEquals(now, leaking.getNewestReading());
        assertEquals(Forecast.Kind.REACHES, leaking.getKind(), leaking.toString());
        double truth = Duration.between(now, LEAKING.truth(START, now, 0)).toSeconds() / 86_400.0;
        assertEquals(truth, leaking.getDaysLeft(), truth * 0.1, leaking.toString());
        assertEquals(8, leaking.getGrowthPerDay(), 0.5);
        Forecast steady = hosts.get("cmsfe2").getForecast();
        assertEquals(Forecast.Reason.NO_GROWTH, steady.getReason(), steady.toString());
        assertNull(hosts.get("cmscb1").getForecast());
    }

    @Test
    void rotatedFilesReadTwiceAndLinesOutOfOrderGiveTheSameForecasts() throws Exception {
        List<String> lines = lines();
        write("syslog", lines);
        Map<String, BridgeSessions> ordered = scan(dir, "syslog");
        Files.delete(dir.resolve("syslog"));
        int third = lines.size() / 3;
        List<String> newest = new ArrayList<>(lines.subList(2 * third, lines.size()));
        Collections.shuffle(newest, new Random(4));
        write("syslog", newest);
        write("syslog.1", lines.subList(third, 2 * third));
        Files.write(
                dir.resolve("syslog.2.gz"),
                SyslogFixtures.gzip(SyslogFixtures.text(lines.subList(0, third).toArray(String[]::new))));
        write("syslog.2", lines.subList(0, third + 100)); // the same lines again, rotated by another tool
        write("copy-of-syslog.1", lines.subList(third, 2 * third));
        Map<String, BridgeSessions> rotated = scan(dir, "*syslog*");
        for (String host : List.of("cmsfe1", "cmsfe2")) {
            assertEquals(
                    ordered.get(host).getForecast().toString(),
                    rotated.get(host).getForecast().toString());
        }
    }

    @Test
    void theForecastsTravelWithTheReport() throws Exception {
        write("syslog", lines());
        SessionLeakReport report = LeakScanner.scan(dir, "syslog", CLOCK);
        SessionLeakReport copy = SerializationTest.roundTrip(report);
        for (int i = 0; i < report.bridges().size(); i++) {
            assertEquals(
                    String.valueOf(report.bridges().get(i).getForecast()),
                    String.valueOf(copy.bridges().get(i).getForecast()));
        }
        Forecast f = copy.bridges().get(1).getForecast();
        assertEquals("cmsfe1", copy.bridges().get(1).getHost());
        assertEquals(Forecast.Kind.REACHES, f.getKind());
        assertTrue(f.getReachesAt().isAfter(f.getNewestReading()));
        assertEquals(149, f.getLimit());
    }
}
