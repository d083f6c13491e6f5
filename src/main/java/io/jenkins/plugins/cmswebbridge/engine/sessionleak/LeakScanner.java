package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import io.jenkins.plugins.cmswebbridge.engine.io.UserFiles;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemIOException;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.ForecastModel;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.SessionHistory;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
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
 *
 * <p>For each web bridge it also keeps a {@link SessionHistory}, the lowest and highest count of each hour of the
 * last days (bounded, whatever the size of the logs), and the report gives the forecast of each web bridge from it
 * ({@link ForecastModel}).
 */
public final class LeakScanner {

    /** Longer lines are cut; a cut line with a statistics marker counts as malformed. */
    public static final int MAX_LINE = 16_384;
    /** Distinct servers kept; statistics lines of further ones are counted, not kept. */
    public static final int MAX_HOSTS = 10_000;
    /** Longest syslog host name kept (a DNS name has at most 253 characters); a longer one makes the line malformed. */
    public static final int MAX_HOST_NAME = 255;
    /** Bytes read from one file (after gzip decompression); the rest of the file is left out and noted. */
    public static final long MAX_FILE_BYTES = 1L << 30;
    /** Bytes read from all the files together (after decompression); further files are left out and noted. */
    public static final long MAX_TOTAL_BYTES = 4L << 30;

    static final int MAX_EXAMPLES = 5;
    private static final int EXAMPLE_LENGTH = 200;

    private final Clock clock;
    private final long maxFileBytes;
    private final long maxTotalBytes;
    private long totalBytes;
    private final Map<String, StatsLine.WebBridge> webBridges = new HashMap<>();
    private final Map<String, StatsLine.CallBridge> callBridges = new HashMap<>();
    private final Map<String, SessionHistory> histories = new HashMap<>();
    private final List<String> files = new ArrayList<>();
    private final List<String> malformedExamples = new ArrayList<>();
    private final List<String> fileProblems = new ArrayList<>();
    private final Set<String> knownHosts = new HashSet<>();
    private long droppedLines;
    private long linesRead;
    private long malformed;

    /** @param clock resolves the year of timestamps that have none */
    public LeakScanner(Clock clock) {
        this(clock, MAX_FILE_BYTES, MAX_TOTAL_BYTES);
    }

    /** With other byte caps (tests). */
    LeakScanner(Clock clock, long maxFileBytes, long maxTotalBytes) {
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    /**
     * Reads every file under {@code base} that matches the Ant-style {@code patterns}.
     *
     * @throws IllegalArgumentException when a pattern is unusable
     * @throws InterruptedException when the calling thread is interrupted (build aborted)
     */
    public static SessionLeakReport scan(Path base, String patterns, Clock clock)
            throws IOException, InterruptedException {
        return new LeakScanner(clock).scanFiles(base, patterns);
    }

    SessionLeakReport scanFiles(Path base, String patterns) throws IOException, InterruptedException {
        LogFiles.Found found;
        try {
            found = LogFiles.find(base, patterns);
        } catch (InterruptedIOException e) {
            throw new InterruptedException(e.getMessage());
        }
        List<Path> list = found.files();
        for (int i = 0; i < list.size(); i++) {
            if (totalBytes >= maxTotalBytes) {
                problem(Text.count(list.size() - i, "more file", "more files") + " not read: " + mib(maxTotalBytes)
                        + " MiB were read in all, the cap for one scan");
                break;
            }
            readFile(list.get(i), LogFiles.relative(base, list.get(i)));
        }
        if (found.more()) {
            problem("more than " + LogFiles.MAX_FILES + " files match; only " + LogFiles.MAX_FILES
                    + " of them were read, the first ones the directory walk met");
        }
        return report();
    }

    /** Reads one file; a file that cannot be read (to the end) is noted in the report, not thrown. */
    public void readFile(Path file, String name) throws InterruptedException {
        try (InputStream in = UserFiles.openRegularFile(file, ValueProblem.of(ProblemCode.TEXT, name))) {
            read(in, name);
        } catch (ProblemIOException e) {
            problem(e.getMessage());
        } catch (IOException e) {
            problem(name + ": cannot be read: " + e.getMessage());
        }
    }

    /** How a file was read: to its end, or not, and why. */
    public enum Ending {
        /** To its end. */
        WHOLE,
        /** Up to the cap for one file or for the scan, counted after decompression; more was there. */
        CAPPED,
        /** Its gzip data, or the log bundle in it, ends early. */
        CUT_SHORT,
        /** Its gzip data is damaged. */
        DAMAGED
    }

    /**
     * Reads one stream: plain text, gzip, or a log bundle (a tar, plain or gzip-compressed, whose files are read one
     * after the other). Every byte after decompression counts against the caps, also the bytes of a log bundle that
     * are skipped. A file that is not read to its end is noted in the report; the lines before were used.
     *
     * @return how far the file was read
     * @throws IOException when the stream itself fails
     */
    public Ending read(InputStream raw, String name) throws IOException, InterruptedException {
        files.add(name);
        long before = linesRead;
        long budget = Math.min(maxFileBytes, maxTotalBytes - totalBytes);
        InputStream buffered = new BufferedInputStream(raw, 65_536);
        CappedInput counted = null;
        LogBundleStream bundle = null;
        try {
            counted = new CappedInput(isGzip(buffered) ? new GZIPInputStream(buffered, 65_536) : buffered, budget);
            LogBundleStream.Head head = LogBundleStream.Head.of(counted);
            if (head.isTar()) {
                bundle = new LogBundleStream(head.stream());
            }
            readLines(bundle != null ? bundle : head.stream(), name);
        } catch (EOFException e) {
            if (counted != null && counted.capped()) {
                return capped(name, counted.count(), budget);
            }
            problem(name
                    + (bundle != null
                            ? ": the log bundle is cut short (its last file read: '" + bundle.member() + "')"
                            : ": gzip data ends early")
                    + " after " + Text.count(linesRead - before, "line", "lines")
                    + "; the lines before were used");
            return Ending.CUT_SHORT;
        } catch (ZipException e) {
            problem(name + ": corrupt gzip data after " + Text.count(linesRead - before, "line", "lines") + " ("
                    + e.getMessage() + "); the lines before were used");
            return Ending.DAMAGED;
        } finally {
            totalBytes += counted == null ? 0 : counted.count();
        }
        return counted.capped() ? capped(name, counted.count(), budget) : Ending.WHOLE;
    }

    private Ending capped(String name, long read, long budget) {
        problem(name + ": only the first " + mib(read) + " MiB were read ("
                + (budget == maxFileBytes ? "the cap for one file" : "the cap for one scan")
                + "); the lines before were used");
        return Ending.CAPPED;
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b;
    }

    private void readLines(InputStream in, String name) throws IOException, InterruptedException {
        MarkedLines lines = new MarkedLines(in, MAX_LINE);
        try {
            lines.scan((line, number, cut) -> {
                if (cut) {
                    malformed(name, number, "line longer than " + MAX_LINE + " bytes", line);
                    return;
                }
                StatsLine.Reading result = StatsLine.parse(line, clock);
                if (result instanceof StatsLine.Sample sample && sample.host().length() > MAX_HOST_NAME) {
                    malformed(name, number, "host name longer than " + MAX_HOST_NAME + " characters", line);
                    return;
                }
                switch (result) {
                    case StatsLine.WebBridge w -> {
                        if (keep(webBridges, w)) {
                            histories
                                    .computeIfAbsent(w.host(), h -> new SessionHistory())
                                    .add(w.time(), w.active());
                        }
                    }
                    case StatsLine.CallBridge c -> keep(callBridges, c);
                    case StatsLine.Malformed m -> malformed(name, number, m.reason(), line);
                    case StatsLine.Other o -> {}
                }
            });
        } catch (InterruptedIOException e) {
            throw new InterruptedException("reading " + name + " was interrupted");
        } finally {
            linesRead += lines.lines();
        }
    }

    /** Notes a problem; file names and library messages come from outside, so the note is sanitised. */
    private void problem(String text) {
        fileProblems.add(Text.clip(text, 400));
    }

    private static long mib(long bytes) {
        return bytes >> 20;
    }

    /**
     * Keeps a sample unless an older-than-kept one (a later line wins a tie); new hosts beyond the cap are dropped.
     *
     * @return whether the sample's host is kept (false: beyond the cap)
     */
    private <T extends StatsLine.Sample> boolean keep(Map<String, T> map, T sample) {
        String host = sample.host();
        if (!knownHosts.contains(host)) {
            if (knownHosts.size() >= MAX_HOSTS) {
                droppedLines++; // counted, not kept: memory stays bounded by MAX_HOSTS names
                return false;
            }
            knownHosts.add(host);
        }
        T kept = map.get(host);
        if (kept == null || !sample.time().isBefore(kept.time())) {
            map.put(host, sample);
        }
        return true;
    }

    private void malformed(String name, long lineNumber, String reason, String line) {
        malformed++;
        if (malformedExamples.size() < MAX_EXAMPLES) {
            malformedExamples.add(
                    Text.clip(name, 200) + ":" + lineNumber + ": " + reason + ": " + Text.clip(line, EXAMPLE_LENGTH));
        }
    }

    /** The figures of everything read so far. */
    public SessionLeakReport report() {
        TreeSet<String> hosts = new TreeSet<>(webBridges.keySet());
        hosts.addAll(callBridges.keySet());
        List<BridgeSessions> rows = new ArrayList<>();
        for (String host : hosts) {
            rows.add(new BridgeSessions(
                    host,
                    webBridges.get(host),
                    callBridges.get(host),
                    ForecastModel.forecast(histories.get(host), SessionLeakReport.SESSION_LIMIT)));
        }
        return new SessionLeakReport(files, rows, linesRead, malformed, malformedExamples, fileProblems, droppedLines);
    }
}
