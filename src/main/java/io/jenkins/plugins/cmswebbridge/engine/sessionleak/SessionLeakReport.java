package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Outlook;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The session-leak figures of Cisco bug CSCvt73723 read from CMS syslog files: per bridge (a web bridge or a call
 * bridge, named by its syslog host name) the latest web bridge and CMA counts, their totals, the leak and the headroom
 * to the 149-session limit, and what could not be read. Immutable; sent from the node to the controller.
 *
 * <p>Leaked sessions = active sessions summed over all web bridges minus active CMA sessions summed over
 * all call bridges (a web bridge session may land on any call bridge). CMA also counts desktop and iOS app
 * sessions, so the figure is a lower bound of the leak.
 *
 * @param files the files read, as named relative to the directory they were found in
 * @param bridges one entry per bridge with statistics, sorted by syslog host name
 * @param linesRead the lines read
 * @param malformedLines lines with a statistics marker that could not be read; they are left out of the figures
 * @param malformedExamples the first few malformed lines: {@code file:line: reason: text}
 * @param fileProblems files that could not be read to the end; the lines before the problem count
 * @param droppedLines statistics lines of bridges beyond the first {@link LeakScanner#MAX_HOSTS}, counted and left
 *     out
 */
public record SessionLeakReport(
        List<String> files,
        List<BridgeSessions> bridges,
        long linesRead,
        long malformedLines,
        List<String> malformedExamples,
        List<String> fileProblems,
        long droppedLines)
        implements Serializable {

    /** A web bridge refuses guests from this many active sessions on. */
    public static final int SESSION_LIMIT = 149;

    /** Servers listed one per line in {@link #lines()}; the rest are counted there. */
    public static final int MAX_SERVER_LINES = 50;

    public SessionLeakReport {
        files = List.copyOf(files);
        bridges = List.copyOf(bridges);
        malformedExamples = List.copyOf(malformedExamples);
        fileProblems = List.copyOf(fileProblems);
    }

    /**
     * A copy with {@code more} problems after these, e.g. one line per MMP whose syslog could not be fetched; the
     * lines are kept as given, so they must be sanitised already.
     */
    public SessionLeakReport withFileProblems(List<String> more) {
        List<String> all = new ArrayList<>(fileProblems);
        all.addAll(more);
        return new SessionLeakReport(files, bridges, linesRead, malformedLines, malformedExamples, all, droppedLines);
    }

    public int webBridges() {
        return (int) webBridgeStream().count();
    }

    public int callBridges() {
        return (int) bridges.stream().filter(h -> h.getCmaActive() != null).count();
    }

    public boolean hasWebBridgeSamples() {
        return webBridges() > 0;
    }

    public boolean hasCallBridgeSamples() {
        return callBridges() > 0;
    }

    public long totalWebBridgeActive() {
        return webBridgeStream().mapToLong(BridgeSessions::getWebBridgeActive).sum();
    }

    public long totalCmaActive() {
        return bridges.stream()
                .map(BridgeSessions::getCmaActive)
                .filter(Objects::nonNull)
                .mapToLong(Integer::longValue)
                .sum();
    }

    /** Web bridge sessions minus CMA sessions; negative when CMA counts more (app users, timing). */
    public long difference() {
        return totalWebBridgeActive() - totalCmaActive();
    }

    /** Leaked sessions: the difference, or 0 when it is negative. */
    public long leaked() {
        return Math.max(0, difference());
    }

    /** The web bridge with the most active sessions, or {@code null} without web bridge lines. */
    public BridgeSessions busiestWebBridge() {
        // maxBy keeps the first of equals, i.e. the host name that sorts first
        return webBridgeStream()
                .max(Comparator.comparing(BridgeSessions::getWebBridgeActive))
                .orElse(null);
    }

    public int maxWebBridgeActive() {
        BridgeSessions busiest = busiestWebBridge();
        return busiest == null ? 0 : busiest.getWebBridgeActive();
    }

    /** Sessions the busiest web bridge can still take before it refuses guests. */
    public int headroom() {
        return Math.max(0, SESSION_LIMIT - maxWebBridgeActive());
    }

    /** The oldest of the samples kept (one per server and kind), or {@code null} without samples. */
    public Instant oldestSample() {
        return sampleTimes().min(Instant::compareTo).orElse(null);
    }

    public Instant newestSample() {
        return sampleTimes().max(Instant::compareTo).orElse(null);
    }

    private Stream<BridgeSessions> webBridgeStream() {
        return bridges.stream().filter(h -> h.getWebBridgeActive() != null);
    }

    private Stream<Instant> sampleTimes() {
        return bridges.stream()
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
        BridgeSessions busiest = busiestWebBridge();
        return "leaked " + leaked() + (leaked() == 1 ? " session" : " sessions")
                + " (web bridges " + totalWebBridgeActive() + " on " + webBridges()
                + ", CMA " + totalCmaActive() + " on " + callBridges() + ")"
                + "; busiest web bridge " + Text.oneLine(busiest.getHost()) + " with " + busiest.getWebBridgeActive()
                + " of " + SESSION_LIMIT + " (headroom " + headroom() + ")";
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
        List<BridgeSessions> shown = bridges.stream()
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
        if (bridges.size() > shown.size()) {
            lines.add("  ... and " + (bridges.size() - shown.size()) + " more servers (all are in the JSON report)");
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

    /**
     * The forecasts' lines for a console or a build page, under {@link #lines()}: one for each of the first
     * {@value #MAX_SERVER_LINES} web bridges, those that call for a restart first (every web bridge is in the JSON
     * report).
     */
    public static List<String> forecastLines(List<Outlook> outlooks) {
        List<String> lines = new ArrayList<>();
        outlooks.stream()
                .sorted(Comparator.comparing((Outlook o) -> o.call() != Outlook.Call.RESTART))
                .limit(MAX_SERVER_LINES)
                .forEach(o -> lines.add(o.line()));
        if (outlooks.size() > MAX_SERVER_LINES) {
            lines.add("  ... and " + (outlooks.size() - MAX_SERVER_LINES)
                    + " more web bridges (all are in the JSON report)");
        }
        return lines;
    }
}
