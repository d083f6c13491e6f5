package io.jenkins.plugins.cmswebbridge;

import io.jenkins.plugins.cmswebbridge.engine.RestartLogWriter;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.HostSessions;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value of the pipeline step {@code cmsWebBridgeSessionReport}: a map of the session-leak figures and a
 * list of per-server maps. Only strings, numbers, booleans, lists and maps, so that the CPS engine can keep
 * it in the program state.
 */
public final class SessionReportValues {

    private SessionReportValues() {}

    public static Map<String, Object> toMap(SessionLeakReport report) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("leaked", report.getLeaked());
        map.put("difference", report.getDifference());
        map.put("webBridgeActive", report.getTotalWebBridgeActive());
        map.put("cmaActive", report.getTotalCmaActive());
        map.put("maxWebBridgeActive", report.getMaxWebBridgeActive());
        HostSessions busiest = report.getBusiestWebBridge();
        map.put("busiestWebBridge", busiest == null ? "" : busiest.getHost());
        map.put("headroom", report.getHeadroom());
        map.put("limit", SessionLeakReport.SESSION_LIMIT);
        map.put("webBridges", report.getWebBridges());
        map.put("callBridges", report.getCallBridges());
        map.put("files", report.getFiles().size());
        map.put("linesRead", report.getLinesRead());
        map.put("malformedLines", report.getMalformedLines());
        map.put("summary", report.summary());
        List<Map<String, Object>> servers = new ArrayList<>();
        for (HostSessions h : report.getHosts()) {
            Map<String, Object> server = new LinkedHashMap<>();
            server.put("host", h.getHost());
            server.put("webBridgeActive", h.getWebBridgeActive());
            server.put("webBridgeAt", time(h.getWebBridgeAt()));
            server.put("cmaActive", h.getCmaActive());
            server.put("cmaPeak", h.getCmaPeak());
            server.put("cmaAt", time(h.getCmaAt()));
            servers.add(Collections.unmodifiableMap(server));
        }
        map.put("servers", Collections.unmodifiableList(servers));
        return Collections.unmodifiableMap(map);
    }

    private static String time(Instant at) {
        return at == null ? null : RestartLogWriter.timestamp(at);
    }
}
