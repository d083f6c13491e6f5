package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Scans a generated log of {@code args[0]} MiB in this JVM (started with a small heap by
 * {@link HugeLogTest}) and prints the figures: a log of ordinary lines and statistics lines from 50 servers,
 * with one line of {@code args[1]} MiB without a line end in the middle.
 */
public final class HugeLogMain {

    private HugeLogMain() {}

    public static void main(String[] args) throws Exception {
        long total = Long.parseLong(args[0]) << 20;
        long hugeLine = Long.parseLong(args[1]) << 20;
        LeakScanner scanner = new LeakScanner(Clock.fixed(Instant.parse("2020-06-09T00:00:00Z"), ZoneOffset.UTC));
        scanner.read(new GeneratedLog(total, hugeLine), "generated");
        SessionLeakReport r = scanner.report();
        System.out.println("lines=" + r.linesRead() + " webBridges=" + r.webBridges() + " callBridges="
                + r.callBridges() + " leaked=" + r.leaked() + " malformed=" + r.malformedLines()
                + " maxMemoryMiB=" + (Runtime.getRuntime().maxMemory() >> 20));
    }

    /** Cycles through 100 lines; after half the bytes, one huge line of 'x' with a statistics marker first. */
    static final class GeneratedLog extends InputStream {

        private final long total;
        private final long hugeLine;
        private final byte[] block;
        private long produced;
        private long hugeLeft = -1;

        GeneratedLog(long total, long hugeLine) {
            this.total = total;
            this.hugeLine = hugeLine;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                sb.append("Jun  8 10:00:")
                        .append(String.format("%02d", i))
                        .append(" user.info cms")
                        .append(i)
                        .append(" \"webbridge\": INFO : [DEBUGGING] Stats ")
                        .append(i + 10)
                        .append(", c:9, d:1\n");
                sb.append("Jun  8 10:00:")
                        .append(String.format("%02d", i))
                        .append(" user.info cms")
                        .append(i)
                        .append(" host:server: INFO : STATS: {\"callLegs\": \"1/2\", \"CMA\": \"")
                        .append(i)
                        .append("/9\"}\n");
            }
            block = sb.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (produced >= total) {
                return -1;
            }
            if (hugeLeft < 0 && produced >= total / 2) {
                hugeLeft = hugeLine;
                byte[] start = "Jun  8 10:00:00 user.info cms0 [DEBUGGING] Stats ".getBytes(StandardCharsets.UTF_8);
                int n = Math.min(len, start.length);
                System.arraycopy(start, 0, b, off, n);
                produced += n;
                return n;
            }
            if (hugeLeft > 0) {
                int n = (int) Math.min(len, hugeLeft);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                hugeLeft -= n;
                produced += n;
                if (hugeLeft == 0) {
                    b[off + n - 1] = '\n';
                }
                return n;
            }
            int pos = (int) (produced % block.length);
            int n = Math.min(len, block.length - pos);
            System.arraycopy(block, pos, b, off, n);
            produced += n;
            return n;
        }
    }
}
