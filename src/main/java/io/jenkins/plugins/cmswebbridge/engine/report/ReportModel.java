package io.jenkins.plugins.cmswebbridge.engine.report;

import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.BridgeSessions;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Outlook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one model of a run's report, as ordered maps and lists of strings, numbers and booleans: the JSON artifact
 * ({@link JsonReportWriter}), the pipeline steps' return values and the build page rows all come from here, so every
 * key is named in this class only. Times are ISO-8601 in UTC. The maps are unmodifiable and hold nothing secret, so
 * that the CPS engine can keep them in a pipeline's state. The restart log keeps its own format (the old script's).
 */
public final class ReportModel {

    /** What a host map holds: the summary (the pipeline step, the build page) or everything (the JSON report). */
    public enum Detail {
        SUMMARY,
        FULL
    }

    public static final String HOST = "host";
    public static final String PORT = "port";
    public static final String ADDRESS = "address";
    public static final String OK = "ok";
    public static final String OUTCOME = "outcome";
    public static final String REASON = "reason";
    public static final String ATTEMPTS = "attempts";
    public static final String DURATION_MILLIS = "durationMillis";

    private ReportModel() {}

    /** A host's report. */
    public static Map<String, Object> host(HostReport r, Detail detail) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(HOST, r.host());
        map.put(PORT, r.port());
        map.put(ADDRESS, r.address().display());
        map.put(OK, r.ok());
        map.put(OUTCOME, r.outcome().name());
        map.put(REASON, r.reason() == null ? "" : r.reason());
        map.put(ATTEMPTS, r.attempts());
        map.put(DURATION_MILLIS, r.durationMillis());
        if (detail == Detail.FULL) {
            map.put(
                    "failureKind",
                    r.failureKind() == null ? null : r.failureKind().name());
            map.put("output", r.output());
            map.put("outputDroppedBytes", r.outputDroppedBytes());
            map.put("hostKeyFingerprint", r.hostKeyFingerprint());
            map.put("restartSent", r.restartSent());
            map.put("startedAt", time(r.startedAt()));
            map.put("finishedAt", time(r.finishedAt()));
        }
        return Collections.unmodifiableMap(map);
    }

    /** Every host's report, in host-list order. */
    public static List<Map<String, Object>> hosts(RunReport report, Detail detail) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (HostReport r : report.hosts()) {
            list.add(host(r, detail));
        }
        return Collections.unmodifiableList(list);
    }

    /** The session-leak figures and one map per server, as {@code cmsWebBridgeSessionReport} returns them. */
    public static Map<String, Object> sessionLeak(SessionLeakReport s) {
        return sessionLeak(s, null, List.of());
    }

    /**
     * The session-leak figures and one map per server, a web bridge's with its forecast; {@code decision} (the
     * restart condition's one line) only when there is one, and in each forecast what it called for when there are
     * {@code outlooks}.
     */
    public static Map<String, Object> sessionLeak(SessionLeakReport s, String decision, List<Outlook> outlooks) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (decision != null) {
            map.put("decision", decision);
        }
        map.put("leaked", s.leaked());
        map.put("difference", s.difference());
        map.put("webBridgeActive", s.totalWebBridgeActive());
        map.put("cmaActive", s.totalCmaActive());
        map.put("maxWebBridgeActive", s.maxWebBridgeActive());
        BridgeSessions busiest = s.busiestWebBridge();
        map.put("busiestWebBridge", busiest == null ? "" : busiest.getHost());
        map.put("headroom", s.headroom());
        map.put("limit", SessionLeakReport.SESSION_LIMIT);
        map.put("webBridges", s.webBridges());
        map.put("callBridges", s.callBridges());
        map.put("oldestSample", time(s.oldestSample()));
        map.put("newestSample", time(s.newestSample()));
        map.put("files", s.files().size());
        map.put("linesRead", s.linesRead());
        map.put("malformedLines", s.malformedLines());
        map.put("fileProblems", List.copyOf(s.fileProblems()));
        map.put("summary", s.summary());
        Map<String, Outlook> byBridge = new HashMap<>();
        outlooks.forEach(o -> byBridge.put(o.bridge(), o));
        List<Map<String, Object>> servers = new ArrayList<>();
        for (BridgeSessions h : s.bridges()) {
            Map<String, Object> server = new LinkedHashMap<>();
            server.put(HOST, h.getHost());
            server.put("webBridgeActive", h.getWebBridgeActive());
            server.put("webBridgeAt", time(h.getWebBridgeAt()));
            server.put("cmaActive", h.getCmaActive());
            server.put("cmaPeak", h.getCmaPeak());
            server.put("cmaAt", time(h.getCmaAt()));
            server.put("forecast", ForecastMaps.of(h.getForecast(), byBridge.get(h.getHost())));
            servers.add(Collections.unmodifiableMap(server));
        }
        map.put("servers", Collections.unmodifiableList(servers));
        return Collections.unmodifiableMap(map);
    }

    /** What the call bridges said. */
    public static Map<String, Object> activeCalls(ActiveCallsReport c) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("decision", c.decision().name());
        map.put("callLegsActive", c.total());
        map.put("threshold", c.threshold());
        map.put("polls", c.polls());
        map.put("waitedSeconds", c.waited().toSeconds());
        List<Map<String, Object>> bridges = new ArrayList<>();
        for (ActiveCallsReport.Reading r : c.readings()) {
            Map<String, Object> bridge = new LinkedHashMap<>();
            bridge.put("api", r.api());
            bridge.put("callLegsActive", r.callLegsActive());
            bridge.put("failureKind", r.failureKind());
            bridge.put("failure", r.failure());
            bridges.add(Collections.unmodifiableMap(bridge));
        }
        map.put("callBridges", Collections.unmodifiableList(bridges));
        return Collections.unmodifiableMap(map);
    }

    /** The whole report, as the JSON artifact holds it. */
    public static Map<String, Object> fleet(RunReport report) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("formatVersion", JsonReportWriter.FORMAT_VERSION);
        map.put("service", report.service().command());
        map.put("dryRun", report.dryRun());
        map.put("aborted", report.aborted());
        map.put("allOk", report.allOk());
        map.put("hostKeyVerification", report.hostKeyVerification());
        map.put("startedAt", time(report.startedAt()));
        map.put("finishedAt", time(report.finishedAt()));
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            counts.put(o.name().toLowerCase(Locale.ROOT), report.count(o));
        }
        map.put("counts", Collections.unmodifiableMap(counts));
        map.put("warnings", List.copyOf(report.warnings()));
        SessionLeakReport sessions = report.sessions();
        ActiveCallsReport calls = report.calls();
        map.put(
                "sessionLeak",
                sessions == null ? null : sessionLeak(sessions, report.sessionDecision(), report.outlooks()));
        map.put("activeCalls", calls == null ? null : activeCalls(calls));
        map.put("hosts", hosts(report, Detail.FULL));
        return Collections.unmodifiableMap(map);
    }

    /** ISO-8601 in UTC, e.g. {@code 2020-06-08T14:53:18.149915Z}; {@code null} stays {@code null}. */
    static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}
