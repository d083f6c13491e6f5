package io.jenkins.plugins.cmswebbridge.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a CMS syslog of the given size with real-shaped lines: 4 web bridges, 4 call bridges, a statistics line now
 * and then among ordinary ones (call legs, web bridge connections, database and CLI lines), in time order, one line a
 * second (200 MB span about three weeks). Seeded, so that every run writes the same file; the last figures written
 * are the expected result.
 *
 * <p>A web bridge's count is its leak, which grows by {@link #GROWTH} sessions a day from 0 at each restart (every 7
 * days at 02:00, from day {@link #FIRST_RESTART} on), plus guests (none at night, up to {@link #PEAK} at 13:00), plus
 * 0 to 2 more, and at most 149.
 */
final class SyslogGenerator {

    static final String[] WEB_BRIDGES = {"cms-wb1", "cms-wb2", "cms-wb3", "cms-wb4"};
    static final String[] CALL_BRIDGES = {"cms-cb1", "cms-cb2", "cms-cb3", "cms-cb4"};
    /** Leaked sessions a day, per web bridge. */
    static final double[] GROWTH = {6, 9, 12, 15};
    /** The day (from 0) of each web bridge's first restart; the next ones follow every 7 days. */
    static final int[] FIRST_RESTART = {1, 2, 3, 4};

    static final int PEAK = 40;

    private SyslogGenerator() {}

    /**
     * The figures the last statistics lines give: web bridge sessions, CMA sessions, leaked; and, per web bridge, the
     * days from its last restart to the last line written.
     */
    record Expected(long webBridge, long cma, long leaked, double[] daysSinceRestart) {}

    /** Seconds from the start to the last restart of web bridge {@code i} at or before {@code second}, or 0. */
    private static long lastRestart(int i, long second) {
        long first = FIRST_RESTART[i] * 86_400L + 2 * 3600;
        return second < first ? 0 : first + (second - first) / (7 * 86_400L) * (7 * 86_400L);
    }

    /** The count of web bridge {@code i} at {@code second}, before the 0 to 2 more. */
    static int webBridgeCount(int i, long second) {
        double leak = GROWTH[i] * (second - lastRestart(i, second)) / 86_400.0;
        double hour = second % 86_400 / 3600.0;
        double guests = hour < 8 || hour >= 18 ? 0 : PEAK * Math.sin(Math.PI * (hour - 8) / 10);
        return (int) (leak + guests);
    }

    static Expected write(Path file, long bytes) throws IOException {
        Random random = new Random(20200608);
        int[] wb = new int[WEB_BRIDGES.length];
        int[] cma = new int[CALL_BRIDGES.length];
        long written = 0;
        long second = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < bytes) {
                second++;
                String time = String.format(
                        Locale.ROOT,
                        "Nov %2d %02d:%02d:%02d",
                        1 + (int) (second / 86_400) % 28,
                        second / 3600 % 24,
                        second / 60 % 60,
                        second % 60);
                String line;
                int kind = random.nextInt(100);
                if (kind < 2) {
                    int i = random.nextInt(WEB_BRIDGES.length);
                    wb[i] = Math.min(149, webBridgeCount(i, second) + random.nextInt(3));
                    line = time + " user.info " + WEB_BRIDGES[i] + " \"webbridge\": INFO : [DEBUGGING] Stats " + wb[i]
                            + ", c:" + (3000 + second % 1000) + ", d:" + (2800 + second % 900);
                } else if (kind < 4) {
                    int i = random.nextInt(CALL_BRIDGES.length);
                    cma[i] = random.nextInt(60);
                    line = time + " user.info " + CALL_BRIDGES[i] + " host:server: INFO : STATS: {\"callLegsPS\": "
                            + random.nextInt(5) + ", \"callLegs\": \"" + random.nextInt(40) + "/48\", \"CMA\": \""
                            + cma[i] + "/" + (cma[i] + random.nextInt(5)) + "\", \"sip\": {\"active\": "
                            + random.nextInt(30) + "}}";
                } else if (kind < 40) {
                    line = time + " user.info " + CALL_BRIDGES[random.nextInt(4)] + " host:server: INFO : call "
                            + random.nextInt(100_000) + ": call leg " + Integer.toHexString(random.nextInt())
                            + " established, remote address 10.48." + random.nextInt(255) + "." + random.nextInt(255);
                } else if (kind < 75) {
                    line = time + " user.info " + WEB_BRIDGES[random.nextInt(4)] + " \"webbridge\": INFO : guest login"
                            + " request " + Long.toHexString(random.nextLong()) + " from client WebRTC on Chrome "
                            + (100 + random.nextInt(40));
                } else if (kind < 90) {
                    line = time + " user.info " + CALL_BRIDGES[random.nextInt(4)] + " host:database: INFO : cluster"
                            + " replication lag " + random.nextInt(500) + " ms, " + random.nextInt(20) + " writes";
                } else {
                    line = time + " user.notice " + CALL_BRIDGES[random.nextInt(4)] + " cli: User admin from IP 10.0.0."
                            + random.nextInt(255) + " issued command 'status'";
                }
                out.write(line);
                out.write('\n');
                written += line.length() + 1;
            }
        }
        long webBridge = 0;
        for (int n : wb) {
            webBridge += n;
        }
        long cmaSum = 0;
        for (int n : cma) {
            cmaSum += n;
        }
        double[] daysSinceRestart = new double[WEB_BRIDGES.length];
        for (int i = 0; i < WEB_BRIDGES.length; i++) {
            daysSinceRestart[i] = (second - lastRestart(i, second)) / 86_400.0;
        }
        return new Expected(webBridge, cmaSum, Math.max(0, webBridge - cmaSum), daysSinceRestart);
    }
}
