package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeakScannerTest {

    private static final Clock JUNE_2020 = Clock.fixed(Instant.parse("2020-06-09T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static String wb(String time, String host, int active) {
        return time + " user.info " + host + " \"webbridge\": INFO : [DEBUGGING] Stats " + active + ", c:100, d:50";
    }

    private static String cb(String time, String host, int active, int peak) {
        return time + " user.info " + host
                + " host:server: INFO : STATS: {\"callLegsPS\": 1, \"callLegs\": \"3/4\", \"CMA\": \"" + active + "/"
                + peak + "\", \"sip\": {\"x\": 1}}";
    }

    private static Map<String, BridgeSessions> byHost(SessionLeakReport r) {
        return r.bridges().stream().collect(Collectors.toMap(BridgeSessions::getHost, Function.identity()));
    }

    private void write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, String.join("\n", lines) + "\n");
    }

    private void gzip(String name, String... lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void realShapedSampleGivesTheLatestFiguresPerServer() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("cms-syslog-sample.txt")) {
            Files.copy(in, dir.resolve("syslog"));
        }
        SessionLeakReport r = LeakScanner.scan(dir, "syslog", JUNE_2020);
        Map<String, BridgeSessions> hosts = byHost(r);
        assertEquals(
                List.of("cmscb1", "cmsfe1", "cmsfe2"),
                r.bridges().stream().map(BridgeSessions::getHost).toList());
        assertEquals(33, hosts.get("cmsfe1").getWebBridgeActive());
        assertEquals(15, hosts.get("cmsfe1").getCmaActive(), "combined server: both kinds kept");
        assertEquals(17, hosts.get("cmsfe1").getCmaPeak());
        assertEquals(41, hosts.get("cmsfe2").getWebBridgeActive());
        assertNull(hosts.get("cmsfe2").getCmaActive());
        assertEquals(9, hosts.get("cmscb1").getCmaActive());
        assertNull(hosts.get("cmscb1").getWebBridgeActive());
        assertEquals(
                Instant.parse("2020-06-08T14:55:03.118Z"), hosts.get("cmsfe1").getWebBridgeAt());
        assertEquals(74, r.totalWebBridgeActive());
        assertEquals(24, r.totalCmaActive());
        assertEquals(50, r.leaked());
        assertEquals("cmsfe2", r.busiestWebBridge().getHost());
        assertEquals(108, r.headroom());
        assertEquals(2, r.webBridges());
        assertEquals(2, r.callBridges());
        assertEquals(10, r.linesRead());
        assertEquals(0, r.malformedLines());
        assertEquals(
                "leaked 50 sessions (web bridges 74 on 2, CMA 24 on 2); busiest web bridge cmsfe2 with 41 of 149"
                        + " (headroom 108)",
                r.summary());
    }

    @Test
    void rotatedPlainAndGzipFilesInAnyOrderKeepTheNewestLinePerServer() throws Exception {
        // the newest cms1 line is in the middle file, and lines within files are out of order
        write("logs/syslog", wb("Jun  8 10:00:00", "cms1", 20), cb("Jun  8 10:00:00", "cms2", 5, 6));
        write(
                "logs/syslog.1",
                wb("Jun  8 11:00:00.500", "cms1", 90),
                wb("Jun  8 09:00:00", "cms1", 7),
                cb("Jun  8 09:59:59", "cms2", 70, 80));
        gzip(
                "logs/syslog.2.gz",
                wb("Jun  7 23:00:00", "cms1", 148),
                cb("Jun  8 10:00:01", "cms2", 11, 12),
                wb("Jun  8 08:00:00", "cms3", 12));
        SessionLeakReport r = LeakScanner.scan(dir, "logs/syslog*", JUNE_2020);
        Map<String, BridgeSessions> hosts = byHost(r);
        assertEquals(List.of("logs/syslog", "logs/syslog.1", "logs/syslog.2.gz"), r.files());
        assertEquals(90, hosts.get("cms1").getWebBridgeActive());
        assertEquals(11, hosts.get("cms2").getCmaActive(), "the gzip member holds the newest CMA line");
        assertEquals(12, hosts.get("cms3").getWebBridgeActive());
        assertEquals(102 - 11, r.leaked());
        assertEquals(8, r.linesRead());
        assertEquals(Instant.parse("2020-06-08T08:00:00Z"), r.oldestSample());
        assertEquals(Instant.parse("2020-06-08T11:00:00.500Z"), r.newestSample());
    }

    @Test
    void onEqualTimestampsTheLineReadLastWins() throws Exception {
        write("a", wb("Jun  8 10:00:00", "cms1", 5), wb("Jun  8 10:00:00", "cms1", 6));
        assertEquals(
                6, byHost(LeakScanner.scan(dir, "a", JUNE_2020)).get("cms1").getWebBridgeActive());
    }

    @Test
    void decemberLinesReadInJanuaryBelongToLastYear() throws Exception {
        Clock january = Clock.fixed(Instant.parse("2021-01-01T00:30:00Z"), ZoneOffset.UTC);
        write("a", wb("Jan  1 00:10:00", "cms1", 3), wb("Dec 31 23:50:00", "cms1", 99));
        BridgeSessions h = byHost(LeakScanner.scan(dir, "a", january)).get("cms1");
        assertEquals(3, h.getWebBridgeActive(), "January 1st 2021 is newer than December 31st 2020");
        assertEquals(Instant.parse("2021-01-01T00:10:00Z"), h.getWebBridgeAt());
    }

    @Test
    void isoAndRfc5424PrefixesAreRead() throws Exception {
        write(
                "a",
                "2020-06-08T14:53:18.149Z cms1 webbridge: INFO : [DEBUGGING] Stats 149, c:3477, d:3170",
                "<14>1 2020-06-08T16:53:19.000+02:00 cms2 host - - - INFO : STATS: {\"CMA\": \"100/120\"}",
                "2020-06-08 14:53:20.5 local0.info cms3 \"webbridge\": INFO : [DEBUGGING] Stats 12, c:1, d:0");
        SessionLeakReport r = LeakScanner.scan(dir, "a", JUNE_2020);
        Map<String, BridgeSessions> hosts = byHost(r);
        assertEquals(149, hosts.get("cms1").getWebBridgeActive());
        assertEquals(Instant.parse("2020-06-08T14:53:19Z"), hosts.get("cms2").getCmaAt());
        assertEquals(12, hosts.get("cms3").getWebBridgeActive());
        assertEquals(0, r.headroom(), "a web bridge at 149 has no room left");
        assertEquals(61, r.leaked());
        assertEquals(0, r.malformedLines());
    }

    @Test
    void malformedStatisticsLinesAreCountedWithExamplesAndNeverThrow() throws Exception {
        write(
                "a",
                wb("Jun  8 10:00:00", "cms1", 10),
                "[DEBUGGING] Stats 5, c:1, d:1", // no prefix
                "Jun  8 10:00:01 user.info cms1 \"webbridge\": INFO : [DEBUGGING] Stats many, c:1, d:1",
                "Jun  8 10:00:02 user.info cms1 \"webbridge\": INFO : [DEBUGGING] Stats 99999999999, c:1, d:1",
                "Jun  8 10:00:03 user.info cms2 host:server: INFO : STATS: {\"callLegs\": \"1/2\"}",
                "Jun  8 10:00:04 user.info cms2 host:server: INFO : STATS: {\"CMA\": \"x/2\"}",
                "Jun 31 10:00:05 user.info cms2 host:server: INFO : STATS: {\"CMA\": \"1/2\"}", // no such date
                "Jun  8 10:00:06 user.info cms2 host:server: INFO : ordinary line",
                "");
        SessionLeakReport r = LeakScanner.scan(dir, "a", JUNE_2020);
        assertEquals(6, r.malformedLines());
        assertEquals(LeakScanner.MAX_EXAMPLES, r.malformedExamples().size());
        assertTrue(
                r.malformedExamples().get(0).startsWith("a:2: no syslog timestamp"),
                r.malformedExamples().get(0));
        assertTrue(
                r.malformedExamples().get(3).contains("without a \"CMA\""),
                r.malformedExamples().get(3));
        assertEquals(10, byHost(r).get("cms1").getWebBridgeActive(), "the good line still counts");
        assertFalse(r.hasCallBridgeSamples());
        assertTrue(
                r.lines().stream().anyMatch(l -> l.contains("6 malformed statistics lines left out")),
                r.lines().toString());
    }

    @Test
    void binaryGarbageAndBadUtf8AreReadWithoutException() throws Exception {
        byte[] garbage = new byte[200_000];
        new java.util.Random(42).nextBytes(garbage);
        Files.write(dir.resolve("garbage.bin"), garbage);
        Files.write(
                dir.resolve("bad-utf8"),
                ("Jun  8 10:00:00 user.info cms\u00e9 \"webbridge\": [DEBUGGING] Stats 7, c:1, d:1\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        SessionLeakReport r = LeakScanner.scan(dir, "garbage.bin, bad-utf8", JUNE_2020);
        assertEquals(2, r.files().size());
        assertEquals(7, r.bridges().get(0).getWebBridgeActive(), "a bad byte in the host name is replaced, not fatal");
    }

    @Test
    void truncatedGzipKeepsTheLinesBeforeTheEndAndSaysSo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 2000; i++) {
                out.write((wb("Jun  8 10:" + String.format("%02d:%02d", i / 60 % 60, i % 60), "cms1", i % 149) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = bytes.toByteArray();
        Files.write(dir.resolve("syslog.3.gz"), Arrays.copyOf(whole, whole.length / 2));
        SessionLeakReport r = LeakScanner.scan(dir, "*.gz", JUNE_2020);
        assertEquals(1, r.fileProblems().size());
        assertTrue(
                r.fileProblems().get(0).startsWith("syslog.3.gz: gzip data ends early after"),
                r.fileProblems().get(0));
        assertTrue(r.linesRead() > 0 && r.linesRead() < 2000, "lines read: " + r.linesRead());
        assertNotNull(byHost(r).get("cms1"));
    }

    @Test
    void concatenatedGzipMembersAreAllRead() throws Exception {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        for (String line : List.of(wb("Jun  8 10:00:00", "cms1", 1), wb("Jun  8 11:00:00", "cms2", 2))) {
            try (OutputStream out = new GZIPOutputStream(both)) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        LeakScanner scanner = new LeakScanner(JUNE_2020);
        scanner.read(new ByteArrayInputStream(both.toByteArray()), "two-members");
        assertEquals(2, scanner.report().webBridges());
    }

    @Test
    void aLogBundleInTheWorkspaceIsReadFileByFileAndEveryByteCountsAgainstTheCaps() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("live.json", "{}".getBytes(StandardCharsets.UTF_8));
        files.put("var/log/syslog", (wb("Jun  8 10:00:00", "cms1", 7) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("logbundle.tar.gz"), SyslogFixtures.tarGz(files));
        Files.write(dir.resolve("logbundle.tar"), SyslogFixtures.tar(files));
        SessionLeakReport r = LeakScanner.scan(dir, "logbundle.*", JUNE_2020);
        assertEquals(List.of(), r.fileProblems());
        assertEquals(2, r.files().size());
        assertEquals(7, byHost(r).get("cms1").getWebBridgeActive());

        LeakScanner capped = new LeakScanner(JUNE_2020, 8L << 20, 12L << 20);
        byte[] huge = SyslogFixtures.tarGzWithAHugeDirectoryFirst(64L << 20, wb("Jun  8 10:00:00", "cms1", 7));
        assertEquals(LeakScanner.Ending.CAPPED, capped.read(new ByteArrayInputStream(huge), "huge.tar.gz"));
        assertEquals(LeakScanner.Ending.CAPPED, capped.read(new ByteArrayInputStream(huge), "second.tar.gz"));
        SessionLeakReport c = capped.report();
        assertEquals(0, c.webBridges(), "the syslog behind the skipped entry is beyond the cap");
        assertEquals(
                List.of(
                        "huge.tar.gz: only the first 8 MiB were read (the cap for one file); the lines before were used",
                        "second.tar.gz: only the first 4 MiB were read (the cap for one scan); the lines before were"
                                + " used"),
                c.fileProblems());
    }

    @Test
    void aLogBundleCutShortOrWithoutItsEndMarkIsSaidSo() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                "var/log/syslog",
                (wb("Jun  8 10:00:00", "cms1", 7) + "\n").repeat(100).getBytes(StandardCharsets.UTF_8));
        byte[] tar = SyslogFixtures.tar(files);
        LeakScanner scanner = new LeakScanner(JUNE_2020);
        assertEquals(
                LeakScanner.Ending.CUT_SHORT,
                scanner.read(new ByteArrayInputStream(Arrays.copyOf(tar, 2000)), "inside.tar"));
        assertEquals(
                LeakScanner.Ending.CUT_SHORT,
                scanner.read(new ByteArrayInputStream(Arrays.copyOf(tar, tar.length - 1024)), "no-end-mark.tar"));
        List<String> problems = scanner.report().fileProblems();
        assertEquals(2, problems.size(), problems.toString());
        for (int i = 0; i < 2; i++) {
            String file = i == 0 ? "inside.tar" : "no-end-mark.tar";
            assertTrue(
                    problems.get(i)
                                    .startsWith(file + ": the log bundle is cut short (its last file read:"
                                            + " 'var/log/syslog') after ")
                            && problems.get(i).endsWith(" lines; the lines before were used"),
                    problems.get(i));
        }
        assertEquals(7, scanner.report().maxWebBridgeActive(), "the lines before the cut were used");
    }

    @Test
    void leakIsNeverNegativeButTheDifferenceIsKept() throws Exception {
        write("a", wb("Jun  8 10:00:00", "fe1", 3), cb("Jun  8 10:00:00", "cb1", 10, 12));
        SessionLeakReport r = LeakScanner.scan(dir, "a", JUNE_2020);
        assertEquals(-7, r.difference());
        assertEquals(0, r.leaked());
    }

    @Test
    void aReportWithoutWebBridgeLinesSaysSo() throws Exception {
        write("a", cb("Jun  8 10:00:00", "cb1", 1, 1));
        SessionLeakReport r = LeakScanner.scan(dir, "a", JUNE_2020);
        assertFalse(r.hasWebBridgeSamples());
        assertNull(r.busiestWebBridge());
        assertEquals("no web bridge Stats line in 1 file", r.summary());
    }

    @Test
    void patternsWorkLikeAntAndUnsafeOnesAreRefused() throws Exception {
        write("syslog", "x");
        write("a/syslog.1", "x");
        write("a/b/syslog.2.gz", "x");
        write("a/b/other.txt", "x");
        assertEquals(List.of("a/b/syslog.2.gz", "a/syslog.1", "syslog"), names(LogFiles.find(dir, "**/syslog*")));
        assertEquals(List.of("a/syslog.1"), names(LogFiles.find(dir, "a/syslog.?")));
        assertEquals(List.of("a/b/other.txt", "syslog"), names(LogFiles.find(dir, "syslog, a/**/*.txt")));
        assertEquals(List.of("a/b/other.txt", "a/b/syslog.2.gz", "a/syslog.1"), names(LogFiles.find(dir, "a/")));
        assertEquals(List.of("a/b/syslog.2.gz"), names(LogFiles.find(dir, "**/b/**/*.gz")));
        assertEquals(List.of(), LogFiles.find(dir, "nothing*").files());
        assertTrue(LogFiles.check("../secrets/*").contains("leaves the workspace"));
        assertTrue(LogFiles.check("/var/log/syslog").contains("absolute"));
        assertTrue(LogFiles.check("C:\\logs\\syslog").contains("absolute"));
        assertTrue(LogFiles.check(" ").startsWith("required"));
        assertNull(LogFiles.check("logs/**/syslog*"));
        assertThrows(IllegalArgumentException.class, () -> LogFiles.find(dir, "a/../../x"));
    }

    private List<String> names(LogFiles.Found found) {
        return found.files().stream().map(p -> LogFiles.relative(dir, p)).toList();
    }

    @Test
    void globsAreMatchedWithoutBacktracking() throws Exception {
        String name = "a".repeat(60) + "c";
        String pattern = "*a".repeat(12) + "b";
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 1000; i++) {
                assertFalse(LogFiles.matchName(pattern, name));
            }
            String[] deep = ("x/".repeat(200) + "syslog").split("/");
            assertTrue(LogFiles.matchPath("**/**/**/**/**/**/**/**/syslog".split("/"), deep));
            assertFalse(LogFiles.matchPath("**/**/**/**/**/**/**/**/other".split("/"), deep));
        });
        assertTrue(LogFiles.matchName("sys*.?.gz", "syslog.1.gz"));
        assertTrue(LogFiles.matchName("*", ""));
        assertFalse(LogFiles.matchName("syslog?", "syslog"));
        write(name, "x");
        assertEquals(List.of(), LogFiles.find(dir, pattern).files());
    }

    @Test
    void moreFilesThanTheCapAreSaidNotDroppedSilently() throws Exception {
        for (int i = 0; i < 3; i++) {
            write("syslog." + i, wb("Jun  8 10:00:00", "fe" + i, 1) + "\n");
        }
        LogFiles.Found found = LogFiles.find(dir, "syslog*");
        assertEquals(3, found.files().size());
        assertFalse(found.more());
        for (int i = 3; i <= LogFiles.MAX_FILES; i++) {
            Files.createFile(dir.resolve("syslog." + i));
        }
        found = LogFiles.find(dir, "syslog*");
        assertEquals(LogFiles.MAX_FILES, found.files().size());
        assertTrue(found.more());
        SessionLeakReport r = LeakScanner.scan(dir, "syslog*", JUNE_2020);
        assertEquals(LogFiles.MAX_FILES, r.files().size());
        assertTrue(
                r.fileProblems()
                        .contains("more than 10000 files match; only 10000 of them were read,"
                                + " the first ones the directory walk met"),
                r.fileProblems().toString());
    }

    @Test
    void theSearchForFilesStopsWhenTheThreadIsInterrupted() throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        write("a/b/syslog", wb("Jun  8 10:00:00", "fe", 1) + "\n");
        Thread.currentThread().interrupt();
        try {
            assertThrows(java.io.InterruptedIOException.class, () -> LogFiles.find(dir, "**/syslog"));
            Thread.currentThread().interrupt();
            assertThrows(InterruptedException.class, () -> LeakScanner.scan(dir, "**/syslog", JUNE_2020));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void hostsBeyondTheCapAreCountedWithoutKeepingTheirNames() throws Exception {
        LeakScanner scanner = new LeakScanner(JUNE_2020);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < LeakScanner.MAX_HOSTS + 25; i++) {
            sb.append(wb("Jun  8 10:00:00", "host" + i, 1)).append('\n');
        }
        scanner.read(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), "many");
        SessionLeakReport r = scanner.report();
        assertEquals(LeakScanner.MAX_HOSTS, r.bridges().size());
        assertEquals(25, r.droppedLines());
        List<String> lines = r.lines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("25 statistics lines of further servers were left out")));
        assertTrue(lines.size() < SessionLeakReport.MAX_SERVER_LINES + 10, "console lines: " + lines.size());
        assertTrue(lines.stream()
                .anyMatch(l -> l.contains("and " + (LeakScanner.MAX_HOSTS - SessionLeakReport.MAX_SERVER_LINES)
                        + " more servers (all are in the JSON report)")));
    }

    @Test
    void overlongHostNamesAreRefusedAndControlCharactersNeverPrinted() throws Exception {
        LeakScanner scanner = new LeakScanner(JUNE_2020);
        String lines =
                wb("Jun  8 10:00:00", "h".repeat(1000), 7) + "\n" + wb("Jun  8 10:00:00", "fe\u001b[2Jx", 9) + "\n";
        scanner.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "hostile");
        SessionLeakReport r = scanner.report();
        assertEquals(1, r.malformedLines(), r.malformedExamples().toString());
        assertTrue(r.malformedExamples().get(0).contains("host name longer than 255 characters"));
        assertEquals(1, r.bridges().size(), r.lines().toString());
        for (String line : r.lines()) {
            assertFalse(line.contains("\u001b"), line);
            assertTrue(line.length() < 1000, "a line of " + line.length());
        }
    }

    /** An endless stream without a line end: 'x' forever. */
    private static java.io.InputStream endless() {
        return new java.io.InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
    }

    @Test
    void aFileIsReadOnlyUpToItsCapAndTheCapIsSaid() throws Exception {
        LeakScanner scanner = new LeakScanner(JUNE_2020, 8L << 20, 12L << 20);
        scanner.read(endless(), "endless");
        scanner.read(endless(), "endless2");
        SessionLeakReport r = scanner.report();
        assertTrue(
                r.fileProblems()
                        .get(0)
                        .equals("endless: only the first 8 MiB were read (the cap for one file);"
                                + " the lines before were used"),
                r.fileProblems().toString());
        assertTrue(
                r.fileProblems().get(1).startsWith("endless2: only the first 4 MiB were read (the cap for one scan)"),
                r.fileProblems().toString());
    }

    @Test
    void anAbortIsSeenWithinOneBufferEvenWithoutLineEnds() throws Exception {
        LeakScanner scanner = new LeakScanner(JUNE_2020, Long.MAX_VALUE, Long.MAX_VALUE); // no cap ends it first
        Thread reader = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            reader.interrupt();
        });
        interrupter.start();
        long t0 = System.nanoTime();
        assertThrows(InterruptedException.class, () -> scanner.read(endless(), "endless"));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 5_000, "the abort took " + millis + " ms");
        Thread.interrupted();
    }

    @Test
    void anOverlongLineIsCutAndCountedOnlyWhenItLooksLikeStatistics() throws Exception {
        String longStats = wb("Jun  8 10:00:00", "cms1", 5) + " " + "x".repeat(LeakScanner.MAX_LINE);
        String longOther = "y".repeat(LeakScanner.MAX_LINE * 3);
        write("a", longStats, longOther, wb("Jun  8 10:00:01", "cms2", 6));
        SessionLeakReport r = LeakScanner.scan(dir, "a", JUNE_2020);
        assertEquals(1, r.malformedLines());
        assertEquals(3, r.linesRead());
        assertEquals(
                List.of("cms2"),
                r.bridges().stream().map(BridgeSessions::getHost).toList());
    }

    @Test
    void readingStopsWhenTheThreadIsInterrupted() {
        InputStream endless = new InputStream() {
            private final byte[] line =
                    "Jun  8 10:00:00 user.info cms1 ordinary line\n".getBytes(StandardCharsets.UTF_8);
            private int pos;

            @Override
            public int read() {
                return line[pos++ % line.length];
            }
        };
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> new LeakScanner(JUNE_2020).read(endless, "endless"));
    }
}
