package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The session-leak figures of Cisco bug CSCvt73723 read from CMS syslog files: per server the latest web
 * bridge and CMA counts, their totals, the leak and the headroom to the 149-session limit, and what could not
 * be read.
 *
 * <p>Leaked sessions = active sessions summed over all web bridges minus active CMA sessions summed over
 * all call bridges (a web bridge session may land on any call bridge). CMA also counts desktop and iOS app
 * sessions, so the figure is a lower bound of the leak.
 */
public final class SessionLeakReport implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A web bridge refuses guests from this many active sessions on. */
    public static final int SESSION_LIMIT = 149;

    /** Servers listed one per line in {@link #lines()}; the rest are counted there. */
    public static final int MAX_SERVER_LINES = 50;

    private final List<String> files;
    private final List<BridgeSessions> hosts;
    private final long linesRead;
    private final long malformedLines;
    private final List<String> malformedExamples;
    private final List<String> fileProblems;
    private final long droppedLines;

    SessionLeakReport(
            List<String> files,
            List<BridgeSessions> hosts,
            long linesRead,
            long malformedLines,
            List<String> malformedExamples,
            List<String> fileProblems,
            long droppedLines) {
        this.files = List.copyOf(files);
        this.hosts = List.copyOf(hosts);
        this.linesRead = linesRead;
        this.malformedLines = malformedLines;
        this.malformedExamples = List.copyOf(malformedExamples);
        this.fileProblems = List.copyOf(fileProblems);
        this.droppedLines = droppedLines;
    }

    /** The files read, as named relative to the directory they were found in. */
    public List<String> getFiles() {
        return files;
    }

    /** One entry per server with statistics, sorted by host name. */
    public List<BridgeSessions> getHosts() {
        return hosts;
    }

    public long getLinesRead() {
        return linesRead;
    }

    /** Lines with a statistics marker that could not be read; they are left out of the figures. */
    public long getMalformedLines() {
        return malformedLines;
    }

    /** The first few malformed lines: {@code file:line: reason: text}. */
    public List<String> getMalformedExamples() {
        return malformedExamples;
    }

    /** Files that could not be read to the end (unreadable, truncated gzip); lines before the problem count. */
    public List<String> getFileProblems() {
        return fileProblems;
    }

    /**
     * A copy with {@code more} problems after these, e.g. one line per MMP whose syslog could not be fetched; the
     * lines are kept as given, so they must be sanitised already.
     */
    public SessionLeakReport withFileProblems(List<String> more) {
        List<String> all = new ArrayList<>(fileProblems);
        all.addAll(more);
        return new SessionLeakReport(files, hosts, linesRead, malformedLines, malformedExamples, all, droppedLines);
    }

    /** Statistics lines of servers beyond the first {@link LeakScanner#MAX_HOSTS}, counted and left out. */
    public long getDroppedLines() {
        return droppedLines;
    }

    public int getWebBridges() {
        return (int) webBridges().count();
    }

    public int getCallBridges() {
        return (int) hosts.stream().filter(h -> h.getCmaActive() != null).count();
    }

    public boolean hasWebBridgeSamples() {
        return getWebBridges() > 0;
    }

    public boolean hasCallBridgeSamples() {
        return getCallBridges() > 0;
    }

    public long getTotalWebBridgeActive() {
        return webBridges().mapToLong(BridgeSessions::getWebBridgeActive).sum();
    }

    public long getTotalCmaActive() {
        return hosts.stream()
                .map(BridgeSessions::getCmaActive)
                .filter(Objects::nonNull)
                .mapToLong(Integer::longValue)
                .sum();
    }

    /** Web bridge sessions minus CMA sessions; negative when CMA counts more (app users, timing). */
    public long getDifference() {
        return getTotalWebBridgeActive() - getTotalCmaActive();
    }

    /** Leaked sessions: the difference, or 0 when it is negative. */
    public long getLeaked() {
        return Math.max(0, getDifference());
    }

    /** The web bridge with the most active sessions, or {@code null} without web bridge lines. */
    public BridgeSessions getBusiestWebBridge() {
        // maxBy keeps the first of equals, i.e. the host name that sorts first
        return webBridges()
                .max(Comparator.comparing(BridgeSessions::getWebBridgeActive))
                .orElse(null);
    }

    public int getMaxWebBridgeActive() {
        BridgeSessions busiest = getBusiestWebBridge();
        return busiest == null ? 0 : busiest.getWebBridgeActive();
    }

    /** Sessions the busiest web bridge can still take before it refuses guests. */
    public int getHeadroom() {
        return Math.max(0, SESSION_LIMIT - getMaxWebBridgeActive());
    }

    /** The oldest of the samples kept (one per server and kind), or {@code null} without samples. */
    public Instant getOldestSample() {
        return sampleTimes().min(Instant::compareTo).orElse(null);
    }

    public Instant getNewestSample() {
        return sampleTimes().max(Instant::compareTo).orElse(null);
    }

    private Stream<BridgeSessions> webBridges() {
        return hosts.stream().filter(h -> h.getWebBridgeActive() != null);
    }

    private Stream<Instant> sampleTimes() {
        return hosts.stream()
                .flatMap(h -> Stream.of(h.getWebBridgeAt(), h.getCmaAt()))
                .filter(Objects::nonNull);
    }

    /**
     * One line, e.g. {@code leaked 12 sessions (web bridges 40 on 2, CMA 28 on 2); busiest web bridge cms1 with
     * 31 of 149 (headroom 118)}.
     */
    public String summary() {
        if (!hasWebBridgeSamples()) {
            return "no web bridge Stats line in " + Text.count(files.size(), "file", "files");
        }
        BridgeSessions busiest = getBusiestWebBridge();
        return "leaked " + getLeaked() + (getLeaked() == 1 ? " session" : " sessions")
                + " (web bridges " + getTotalWebBridgeActive() + " on " + getWebBridges()
                + ", CMA " + getTotalCmaActive() + " on " + getCallBridges() + ")"
                + "; busiest web bridge " + Text.oneLine(busiest.getHost()) + " with " + busiest.getWebBridgeActive()
                + " of " + SESSION_LIMIT + " (headroom " + getHeadroom() + ")";
    }

    /** The console lines: the summary, a line per server, then what could not be read. */
    /**
     * The figures for a console or a build page: the summary, a line for each of the first
     * {@value #MAX_SERVER_LINES} servers (the busiest web bridges first; every server is in the JSON report),
     * what was read, and the problems. Host names come from the logs, so they are sanitised.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Session leak (CSCvt73723): " + summary());
        List<BridgeSessions> shown = hosts.stream()
                .sorted(Comparator.comparingInt(
                                (BridgeSessions h) -> h.getWebBridgeActive() == null ? -1 : h.getWebBridgeActive())
                        .reversed())
                .limit(MAX_SERVER_LINES)
                .toList();
        for (BridgeSessions h : shown) {
            StringBuilder sb =
                    new StringBuilder("  ").append(Text.oneLine(h.getHost())).append(':');
            if (h.getWebBridgeActive() != null) {
                sb.append(" web bridge ")
                        .append(h.getWebBridgeActive())
                        .append(" active at ")
                        .append(h.getWebBridgeAt());
            }
            if (h.getCmaActive() != null) {
                sb.append(h.getWebBridgeActive() != null ? ";" : "")
                        .append(" CMA ")
                        .append(h.getCmaActive())
                        .append(" active (peak ")
                        .append(h.getCmaPeak())
                        .append(") at ")
                        .append(h.getCmaAt());
            }
            lines.add(sb.toString());
        }
        if (hosts.size() > shown.size()) {
            lines.add("  ... and " + (hosts.size() - shown.size()) + " more servers (all are in the JSON report)");
        }
        lines.add("  read " + Text.count(linesRead, "line", "lines") + " from "
                + Text.count(files.size(), "file", "files")
                + (malformedLines > 0 ? "; " + malformedLines + " malformed statistics lines left out" : ""));
        for (String example : malformedExamples) {
            lines.add("  malformed: " + example);
        }
        for (String problem : fileProblems) {
            lines.add("  WARNING: " + problem);
        }
        if (droppedLines > 0) {
            lines.add("  WARNING: more than " + LeakScanner.MAX_HOSTS + " servers in the logs: " + droppedLines
                    + " statistics lines of further servers were left out");
        }
        return lines;
    }
}
