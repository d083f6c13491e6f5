package io.jenkins.plugins.cmswebbridge.engine.leak;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads CMS syslog text, streamed line by line, and keeps per server only the latest web bridge and call
 * bridge statistics: memory depends on the number of servers, never on the size of the files. Files may come
 * in any order and lines out of order: "latest" is by timestamp, and on equal timestamps the line read last
 * wins. Gzip input is recognised by its magic bytes. Bad input never throws: malformed statistics lines are
 * counted, unreadable or truncated files are noted.
 */
public final class LeakScanner {

    /** Longer lines are cut; a cut line with a statistics marker counts as malformed. */
    public static final int MAX_LINE = 16_384;
    /** Distinct servers kept; further ones are counted as dropped. */
    public static final int MAX_HOSTS = 10_000;

    static final int MAX_EXAMPLES = 5;
    private static final int EXAMPLE_LENGTH = 200;
    private static final int INTERRUPT_CHECK_LINES = 4096;

    private final Clock clock;
    private final Map<String, StatsLine.WebBridge> webBridges = new HashMap<>();
    private final Map<String, StatsLine.CallBridge> callBridges = new HashMap<>();
    private final List<String> files = new ArrayList<>();
    private final List<String> malformedExamples = new ArrayList<>();
    private final List<String> fileProblems = new ArrayList<>();
    private final Set<String> knownHosts = new HashSet<>();
    private final Set<String> dropped = new HashSet<>();
    private long droppedCount;
    private long linesRead;
    private long malformed;

    /** @param clock resolves the year of timestamps that have none */
    public LeakScanner(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reads every file under {@code base} that matches the Ant-style {@code patterns}.
     *
     * @throws IllegalArgumentException when a pattern is unusable
     * @throws InterruptedException when the calling thread is interrupted (build aborted)
     */
    public static SessionReport scan(Path base, String patterns, Clock clock) throws IOException, InterruptedException {
        LeakScanner scanner = new LeakScanner(clock);
        for (Path file : LogFiles.find(base, patterns)) {
            scanner.readFile(file, LogFiles.relative(base, file));
        }
        return scanner.report();
    }

    /** Reads one file; a file that cannot be read (to the end) is noted in the report, not thrown. */
    public void readFile(Path file, String name) throws InterruptedException {
        try (InputStream in = Files.newInputStream(file)) {
            read(in, name);
        } catch (IOException e) {
            fileProblems.add(name + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads one stream, plain text or gzip.
     *
     * @throws IOException when the stream itself fails; truncated or corrupt gzip data is noted instead
     */
    public void read(InputStream raw, String name) throws IOException, InterruptedException {
        files.add(name);
        long before = linesRead;
        InputStream in = new BufferedInputStream(raw, 65_536);
        try {
            if (isGzip(in)) {
                in = new GZIPInputStream(in, 65_536);
            }
            readLines(in, name);
        } catch (EOFException e) {
            fileProblems.add(name + ": gzip data ends early after " + (linesRead - before)
                    + " lines; the lines before were used");
        } catch (ZipException e) {
            fileProblems.add(name + ": corrupt gzip data after " + (linesRead - before) + " lines (" + e.getMessage()
                    + "); the lines before were used");
        }
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b;
    }

    private void readLines(InputStream in, String name) throws IOException, InterruptedException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BoundedLineReader reader = new BoundedLineReader(new InputStreamReader(in, decoder), MAX_LINE);
        long lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            linesRead++;
            if (lineNumber % INTERRUPT_CHECK_LINES == 0 && Thread.interrupted()) {
                throw new InterruptedException("reading " + name + " was interrupted");
            }
            if (reader.wasTruncated()) {
                if (StatsLine.hasMarker(line)) {
                    malformed(name, lineNumber, "line longer than " + MAX_LINE + " characters", line);
                }
                continue;
            }
            StatsLine.Result result = StatsLine.parse(line, clock);
            switch (result) {
                case StatsLine.WebBridge w -> keep(webBridges, w);
                case StatsLine.CallBridge c -> keep(callBridges, c);
                case StatsLine.Malformed m -> malformed(name, lineNumber, m.reason(), line);
                case StatsLine.Other o -> {}
            }
        }
    }

    /** Keeps a sample unless an older-than-kept one (a later line wins a tie); new hosts beyond the cap are dropped. */
    private <T extends StatsLine.Sample> void keep(Map<String, T> map, T sample) {
        String host = sample.host();
        if (!knownHosts.contains(host)) {
            if (knownHosts.size() >= MAX_HOSTS) {
                if (dropped.size() < MAX_HOSTS && dropped.add(host)) {
                    droppedCount++;
                }
                return;
            }
            knownHosts.add(host);
        }
        T kept = map.get(host);
        if (kept == null || !sample.time().isBefore(kept.time())) {
            map.put(host, sample);
        }
    }

    private void malformed(String name, long lineNumber, String reason, String line) {
        malformed++;
        if (malformedExamples.size() < MAX_EXAMPLES) {
            String text = line.length() > EXAMPLE_LENGTH ? line.substring(0, EXAMPLE_LENGTH) + "..." : line;
            malformedExamples.add(name + ":" + lineNumber + ": " + reason + ": " + text.replaceAll("\\p{Cntrl}", " "));
        }
    }

    /** The figures of everything read so far. */
    public SessionReport report() {
        TreeSet<String> hosts = new TreeSet<>(webBridges.keySet());
        hosts.addAll(callBridges.keySet());
        List<HostSessions> rows = new ArrayList<>();
        for (String host : hosts) {
            rows.add(new HostSessions(host, webBridges.get(host), callBridges.get(host)));
        }
        return new SessionReport(files, rows, linesRead, malformed, malformedExamples, fileProblems, droppedCount);
    }
}
