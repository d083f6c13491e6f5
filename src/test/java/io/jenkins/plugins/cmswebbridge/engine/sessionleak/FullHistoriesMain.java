package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Forecast;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

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
        scanner.read(new Readings(hosts, hours), "generated");
        SessionLeakReport r = scanner.report();
        long reaches = r.getHosts().stream()
                .filter(h -> h.getForecast().getKind() == Forecast.Kind.REACHES)
                .count();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.println("webBridges=" + r.getWebBridges() + " reaches=" + reaches + " lines=" + r.getLinesRead()
                + " maxMemoryMiB=" + (rt.maxMemory() >> 20) + " usedAfterGcMiB="
                + ((rt.totalMemory() - rt.freeMemory()) >> 20));
    }

    /** Hour after hour, one web bridge line of every host; host {@code i} has {@code i % 20 + hour / 4} sessions. */
    static final class Readings extends InputStream {

        private static final Instant FIRST = Instant.parse("2020-06-01T00:00:00Z");

        private final int hosts;
        private final int hours;
        private int hour;
        private int host;
        private byte[] line = new byte[0];
        private int at;

        Readings(int hosts, int hours) {
            this.hosts = hosts;
            this.hours = hours;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at == line.length) {
                if (hour == hours) {
                    return -1;
                }
                line = (FIRST.plusSeconds(3600L * hour) + " cmsfe" + host + " \"webbridge\": INFO : [DEBUGGING] Stats "
                                + (host % 20 + hour / 4) + ", c:1, d:0\n")
                        .getBytes(StandardCharsets.US_ASCII);
                at = 0;
                if (++host == hosts) {
                    host = 0;
                    hour++;
                }
            }
            int n = Math.min(len, line.length - at);
            System.arraycopy(line, at, b, off, n);
            at += n;
            return n;
        }
    }
}
