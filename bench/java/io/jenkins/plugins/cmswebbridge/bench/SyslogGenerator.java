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
 * and then among ordinary ones (call legs, web bridge connections, database and CLI lines), in time order. Seeded, so
 * that every run writes the same file; the last figures written are the expected result.
 */
final class SyslogGenerator {

    static final String[] WEB_BRIDGES = {"cms-wb1", "cms-wb2", "cms-wb3", "cms-wb4"};
    static final String[] CALL_BRIDGES = {"cms-cb1", "cms-cb2", "cms-cb3", "cms-cb4"};

    private SyslogGenerator() {}

    /** The figures the last statistics lines give: web bridge sessions, CMA sessions, leaked. */
    record Expected(long webBridge, long cma, long leaked) {}

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
                    wb[i] = random.nextInt(150);
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
        return new Expected(webBridge, cmaSum, Math.max(0, webBridge - cmaSum));
    }
}
