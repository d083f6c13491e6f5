package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Forecast;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Enumeration;

/**
 * Scans, in this JVM (started with a small heap by {@link HugeLogTest}), a generated log in which each of
 * {@code args[0]} web bridges has one reading in every hour of {@code args[1]} hours, leaking 6 sessions a day. Prints
 * how many web bridges were read and forecast, and the heap used after a GC.
 */
public final class FullHistoriesMain {

    private FullHistoriesMain() {}

    public static void main(String[] args) throws Exception {
        int hosts = Integer.parseInt(args[0]);
        int hours = Integer.parseInt(args[1]);
        LeakScanner scanner = new LeakScanner(Clock.fixed(Instant.parse("2020-07-01T00:00:00Z"), ZoneOffset.UTC));
        scanner.read(readings(hosts, hours), "generated");
        SessionLeakReport r = scanner.report();
        long reaches = r.bridges().stream()
                .filter(h -> h.getForecast().getKind() == Forecast.Kind.REACHES)
                .count();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.println("webBridges=" + r.webBridges() + " reaches=" + reaches + " lines=" + r.linesRead()
                + " maxMemoryMiB=" + (rt.maxMemory() >> 20) + " usedAfterGcMiB="
                + ((rt.totalMemory() - rt.freeMemory()) >> 20));
    }

    /** Hour after hour, one web bridge line of every host; host {@code i} has {@code i % 20 + hour / 4} sessions. */
    private static InputStream readings(int hosts, int hours) {
        Instant first = Instant.parse("2020-06-01T00:00:00Z");
        Enumeration<InputStream> blocks = new Enumeration<>() {
            private int hour;

            @Override
            public boolean hasMoreElements() {
                return hour < hours;
            }

            @Override
            public InputStream nextElement() {
                StringBuilder sb = new StringBuilder();
                for (int host = 0; host < hosts; host++) {
                    sb.append(first.plusSeconds(3600L * hour))
                            .append(" cmsfe")
                            .append(host)
                            .append(" \"webbridge\": INFO : [DEBUGGING] Stats ")
                            .append(host % 20 + hour / 4)
                            .append(", c:1, d:0\n");
                }
                hour++;
                return new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.US_ASCII));
            }
        };
        return new SequenceInputStream(blocks);
    }
}
