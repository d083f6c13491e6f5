package io.jenkins.plugins.cmswebbridge.bench;

import io.jenkins.plugins.cmswebbridge.engine.sessionleak.LeakScanner;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The session-leak scan of a 200 MB syslog (8 servers, real-shaped lines) against {@code grep -E ... | awk}
 * computing the same figures, each as a whole process, side by side in one run: wall time and peak resident memory
 * (GNU time's maximum RSS), medians of alternating rounds. Both must print the figures the generator wrote last. The
 * scan inside this JVM must also forecast each web bridge's growth as the generator made it.
 *
 * <p>Given the sources of a baseline (another version of the code, e.g. the commit a branch started from) in the
 * system property {@value #BASELINE}, with its name in {@value #BASELINE_NAME}, and this tree's root in
 * {@value #SOURCES}, both are compiled alike ({@link ScanVersion}) and their scans run in turns of their own, as
 * processes and inside this JVM, {@value #COMPARE_ROUNDS} of each; the rows give this version's time over the
 * baseline's. The same code runs 10 % faster or slower from one run to the next on a busy machine, so a difference
 * that small needs more rounds than the rows above.
 */
public final class LeakScanBenchmark {

    static final long SIZE = 200L << 20;
    static final int ROUNDS = 5;
    static final String BASELINE = "bench.baseline";
    static final String BASELINE_NAME = "bench.baseline.name";
    static final String SOURCES = "bench.sources";
    /** Measured scans of each version, as processes and inside this JVM, when comparing with a baseline. */
    static final int COMPARE_ROUNDS = 15;
    /** Scans of each version inside this JVM before they are compared there. */
    static final int IN_JVM_WARM_UPS = 3;
    /** The heap the scanning JVM gets; its whole footprint must stay under 128 MB. */
    static final String HEAP = "-Xmx64m";

    static final String AWK = "/\\[DEBUGGING\\] Stats/ { match($0, /Stats [0-9]+/); wb[$5] = substr($0, RSTART + 6,"
            + " RLENGTH - 6) }\n"
            + "/STATS:/ { match($0, /\"CMA\": \"[0-9]+/); cma[$5] = substr($0, RSTART + 8, RLENGTH - 8) }\n"
            + "END { for (h in wb) s += wb[h]; for (h in cma) c += cma[h]; print s + 0, c + 0, (s > c ? s - c : 0) }";

    private LeakScanBenchmark() {}

    /** Wall time in ms and peak RSS in KiB of one process, and what it printed. */
    record Measure(long millis, long maxRssKib, String output) {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("cms-leak-bench");
        try {
            Path log = dir.resolve("syslog");
            SyslogGenerator.Expected expected = SyslogGenerator.write(log, SIZE);
            String want = expected.webBridge() + " " + expected.cma() + " " + expected.leaked();
            // only what the scan needs: the engine's classes and this main (exec:java's class path is Maven's own)
            String classPath = location(LeakScanner.class) + File.pathSeparator + location(LeakScanMain.class);
            String javaBin =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> scan = List.of(
                    javaBin,
                    HEAP,
                    "-XX:+UseSerialGC",
                    "-cp",
                    classPath,
                    LeakScanMain.class.getName(),
                    dir.toString(),
                    "syslog");
            List<String> grepAwk = List.of(
                    "sh",
                    "-c",
                    "LC_ALL=C grep -E '\\[DEBUGGING\\] Stats|STATS:' \"$1\" | awk '" + AWK + "'",
                    "grep-awk",
                    log.toString());
            List<String> readOnly = new ArrayList<>(scan);
            readOnly.add("--read-only");
            measure(scan, dir);
            measure(grepAwk, dir); // warm-up: page cache and JIT-free start for both
            List<Measure> java21 = new ArrayList<>();
            List<Measure> peers = new ArrayList<>();
            List<Measure> floors = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                java21.add(measure(scan, dir));
                peers.add(measure(grepAwk, dir));
                floors.add(measure(readOnly, dir));
            }
            for (Measure m : floors) {
                check("read-only JVM", m, Long.toString(Files.size(log)));
            }
            long floorMs = median(floors.stream().map(Measure::millis).toList());
            for (Measure m : java21) {
                check("leak scan", m, want);
            }
            for (Measure m : peers) {
                check("grep|awk", m, want);
            }
            long scanMs = median(java21.stream().map(Measure::millis).toList());
            long peerMs = median(peers.stream().map(Measure::millis).toList());
            long scanKib = java21.stream().mapToLong(Measure::maxRssKib).max().orElse(0);
            long peerKib = peers.stream().mapToLong(Measure::maxRssKib).max().orElse(0);
            double ratio = (double) scanMs / peerMs;
            System.out.printf(Locale.ROOT, "| scenario | measured | ratio | target | met |%n|---|---|---|---|---|%n");
            System.out.printf(
                    Locale.ROOT,
                    "| 6. leak scan of %d MB, whole process: scan / grep|awk | %d ms vs %d ms"
                            + " (median of %d) | %.2f | <= 2.0 | %s |%n",
                    SIZE >> 20,
                    scanMs,
                    peerMs,
                    ROUNDS,
                    ratio,
                    ratio <= 2.0 ? "yes" : "**no**");
            System.out.printf(
                    Locale.ROOT,
                    "| 6. leak scan peak resident memory (largest of %d) vs grep|awk | %d MB vs"
                            + " %d MB | - | < 128 MB | %s |%n",
                    ROUNDS,
                    scanKib >> 10,
                    peerKib >> 10,
                    scanKib < 128 * 1024 ? "yes" : "**no**");
            System.out.printf(
                    Locale.ROOT,
                    "| 6. floor: a JVM process that only reads the file / grep|awk | %d ms vs %d ms | %.2f | - | - |%n",
                    floorMs,
                    peerMs,
                    (double) floorMs / peerMs);
            // the scan where it really runs: inside a JVM that is already up (the agent's), after a first scan
            long warm = Long.MAX_VALUE;
            SessionLeakReport report = null;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                report = LeakScanner.scan(dir, "syslog", java.time.Clock.systemUTC());
                warm = Math.min(warm, (System.nanoTime() - t0) / 1_000_000);
                check(
                        "in-JVM scan",
                        new Measure(
                                0,
                                0,
                                report.totalWebBridgeActive() + " " + report.totalCmaActive() + " " + report.leaked()),
                        want);
            }
            ForecastCheck.check(report, expected);
            System.out.printf(
                    Locale.ROOT,
                    "| 6. leak scan inside a running JVM (best of 3) / grep|awk process | %d ms vs"
                            + " %d ms | %.2f | - | - |%n",
                    warm,
                    peerMs,
                    (double) warm / peerMs);
            String baseline = System.getProperty(BASELINE);
            if (baseline != null && !baseline.isBlank()) {
                compare(
                        ScanVersion.compile(
                                "this", Path.of(System.getProperty(SOURCES, ".")), dir.resolve("classes-this")),
                        ScanVersion.compile(
                                System.getProperty(BASELINE_NAME, "baseline"),
                                Path.of(baseline),
                                dir.resolve("classes-baseline")),
                        scan,
                        dir,
                        want);
            }
            System.out.println("figures (web bridge, CMA, leaked): " + want);
            ForecastCheck.print(report, expected);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
    }

    /**
     * The rows of this version against the baseline: whole processes, then scans inside this JVM after warm-ups of
     * both; in turns, each version first in every other turn.
     */
    private static void compare(ScanVersion self, ScanVersion baseline, List<String> scan, Path dir, String want)
            throws Exception {
        List<String> selfScan = self.command(scan);
        List<String> baselineScan = baseline.command(scan);
        List<Measure> mine = new ArrayList<>();
        List<Measure> theirs = new ArrayList<>();
        for (int i = 0; i < COMPARE_ROUNDS; i++) {
            if (i % 2 == 1) {
                theirs.add(measure(baselineScan, dir));
            }
            mine.add(measure(selfScan, dir));
            if (i % 2 == 0) {
                theirs.add(measure(baselineScan, dir));
            }
        }
        for (Measure m : mine) {
            check("leak scan", m, want);
        }
        for (Measure m : theirs) {
            check(baseline.name() + " leak scan", m, want);
        }
        String[] args = {dir.toString(), "syslog"};
        List<Long> mineInJvm = new ArrayList<>();
        List<Long> theirsInJvm = new ArrayList<>();
        for (int i = 0; i < IN_JVM_WARM_UPS + COMPARE_ROUNDS; i++) {
            boolean mineFirst = i % 2 == 0;
            long a = inJvm(() -> (mineFirst ? self : baseline).runInJvm(args), want);
            long b = inJvm(() -> (mineFirst ? baseline : self).runInJvm(args), want);
            if (i >= IN_JVM_WARM_UPS) {
                mineInJvm.add(mineFirst ? a : b);
                theirsInJvm.add(mineFirst ? b : a);
            }
        }
        long mineMs = median(mine.stream().map(Measure::millis).toList());
        long theirsMs = median(theirs.stream().map(Measure::millis).toList());
        ratioRow(
                "6. leak scan, whole process: this / " + baseline.name() + " (median of " + COMPARE_ROUNDS + ")",
                mineMs,
                theirsMs);
        ratioRow(
                "6. leak scan inside a running JVM: this / " + baseline.name() + " (median of " + COMPARE_ROUNDS
                        + " after " + IN_JVM_WARM_UPS + " warm-ups each)",
                median(mineInJvm),
                median(theirsInJvm));
        long mineKib = mine.stream().mapToLong(Measure::maxRssKib).max().orElse(0);
        long theirsKib = theirs.stream().mapToLong(Measure::maxRssKib).max().orElse(0);
        System.out.printf(
                Locale.ROOT,
                "| 6. leak scan peak resident memory (largest of %d): this vs %s | %d MB vs %d MB | - | < 128 MB | %s |%n",
                COMPARE_ROUNDS,
                baseline.name(),
                mineKib >> 10,
                theirsKib >> 10,
                mineKib < 128 * 1024 ? "yes" : "**no**");
    }

    private static void ratioRow(String what, long mine, long theirs) {
        double ratio = (double) mine / theirs;
        System.out.printf(
                Locale.ROOT,
                "| %s | %d ms vs %d ms | %.3f | <= 1.10 | %s |%n",
                what,
                mine,
                theirs,
                ratio,
                ratio <= 1.10 ? "yes" : "**no**");
    }

    /** Milliseconds one scan inside this JVM took; checks what it printed. */
    private static long inJvm(java.util.concurrent.Callable<String> scan, String want) throws Exception {
        long t0 = System.nanoTime();
        String printed = scan.call();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        check("in-JVM scan", new Measure(millis, 0, printed), want);
        return millis;
    }

    static String location(Class<?> type) throws java.net.URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }

    private static void check(String what, Measure m, String want) {
        if (!m.output().strip().equals(want)) {
            throw new IllegalStateException(what + " printed '" + m.output().strip() + "', expected '" + want + "'");
        }
    }

    /** Runs a command under GNU time and reads its wall time and maximum resident set size. */
    static Measure measure(List<String> command, Path dir) throws IOException, InterruptedException {
        Path times = dir.resolve("time.txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", times.toString()));
        timed.addAll(command);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(timed).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command.get(0) + " failed: " + output);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String[] fields = Files.readString(times).trim().split("\\s+");
        return new Measure(millis, Long.parseLong(fields[fields.length - 1]), output);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
