package io.jenkins.plugins.cmswebbridge.bench;

import io.jenkins.plugins.cmswebbridge.engine.sessionleak.LeakScanner;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The leak scan as a process of its own, for {@link LeakScanBenchmark}: scans the files matching a pattern under a
 * directory and prints the figures the grep|awk peer prints: web bridge sessions, CMA sessions, leaked. With
 * {@code --read-only} it only reads the one file named and prints its size: the floor that any JVM process pays (start
 * and reading), with no scan.
 */
public final class LeakScanMain {

    private LeakScanMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[2].equals("--read-only")) {
            long bytes = 0;
            try (InputStream in = Files.newInputStream(Path.of(args[0], args[1]))) {
                byte[] buffer = new byte[1 << 20];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes += n;
                }
            }
            System.out.println(bytes);
            return;
        }
        SessionLeakReport report = LeakScanner.scan(Path.of(args[0]), args[1], Clock.systemUTC());
        System.out.println(report.totalWebBridgeActive() + " " + report.totalCmaActive() + " " + report.leaked());
    }
}
