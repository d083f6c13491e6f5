package io.jenkins.plugins.cmswebbridge.engine;

import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsReport;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.HostSessions;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link FleetReport} as JSON for tools: a summary and one object per host. Written by hand to keep
 * the engine free of dependencies; strings are escaped per RFC 8259.
 */
public final class JsonReportWriter {

    /** Default artifact name of the JSON report. */
    public static final String DEFAULT_FILE_NAME = "webbridge_restart_report.json";
    /** Bumped when a field changes meaning or disappears. */
    public static final int FORMAT_VERSION = 1;

    private JsonReportWriter() {}

    public static String render(FleetReport report) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("{\n");
        field(sb, 1, "formatVersion", FORMAT_VERSION).append(",\n");
        field(sb, 1, "service", report.getService().command()).append(",\n");
        field(sb, 1, "dryRun", report.isDryRun()).append(",\n");
        field(sb, 1, "aborted", report.isAborted()).append(",\n");
        field(sb, 1, "allOk", report.isAllOk()).append(",\n");
        field(sb, 1, "hostKeyVerification", report.getHostKeyVerification()).append(",\n");
        field(sb, 1, "startedAt", RestartLogWriter.timestamp(report.getStartedAt()))
                .append(",\n");
        field(sb, 1, "finishedAt", RestartLogWriter.timestamp(report.getFinishedAt()))
                .append(",\n");
        indent(sb, 1).append("\"counts\": {");
        boolean first = true;
        for (Outcome o : Outcome.values()) {
            sb.append(first ? "" : ", ");
            string(sb, o.name().toLowerCase(Locale.ROOT)).append(": ").append(report.count(o));
            first = false;
        }
        sb.append("},\n");
        indent(sb, 1).append("\"warnings\": [");
        for (int i = 0; i < report.getWarnings().size(); i++) {
            sb.append(i == 0 ? "" : ", ");
            string(sb, report.getWarnings().get(i));
        }
        sb.append("],\n");
        sessions(sb, report);
        calls(sb, report.getCalls());
        indent(sb, 1).append("\"hosts\": [");
        for (int i = 0; i < report.getResults().size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n");
            host(sb, report.getResults().get(i));
        }
        sb.append(report.getResults().isEmpty() ? "]\n" : "\n  ]\n");
        sb.append("}\n");
        return sb.toString();
    }

    private static void sessions(StringBuilder sb, FleetReport report) {
        SessionLeakReport s = report.getSessions();
        if (s == null) {
            indent(sb, 1).append("\"sessionLeak\": null,\n");
            return;
        }
        indent(sb, 1).append("\"sessionLeak\": {\n");
        field(sb, 2, "decision", report.getSessionDecision()).append(",\n");
        field(sb, 2, "leaked", s.getLeaked()).append(",\n");
        field(sb, 2, "difference", s.getDifference()).append(",\n");
        field(sb, 2, "webBridgeActive", s.getTotalWebBridgeActive()).append(",\n");
        field(sb, 2, "cmaActive", s.getTotalCmaActive()).append(",\n");
        field(sb, 2, "maxWebBridgeActive", s.getMaxWebBridgeActive()).append(",\n");
        field(sb, 2, "headroom", s.getHeadroom()).append(",\n");
        field(sb, 2, "limit", SessionLeakReport.SESSION_LIMIT).append(",\n");
        field(sb, 2, "files", s.getFiles().size()).append(",\n");
        field(sb, 2, "linesRead", s.getLinesRead()).append(",\n");
        field(sb, 2, "malformedLines", s.getMalformedLines()).append(",\n");
        strings(sb, 2, "fileProblems", s.getFileProblems()).append(",\n");
        indent(sb, 2).append("\"servers\": [");
        for (int i = 0; i < s.getHosts().size(); i++) {
            HostSessions h = s.getHosts().get(i);
            sb.append(i == 0 ? "" : ", ").append('{');
            inline(sb, "host", h.getHost()).append(", ");
            inline(sb, "webBridgeActive", h.getWebBridgeActive()).append(", ");
            inline(sb, "webBridgeAt", time(h.getWebBridgeAt())).append(", ");
            inline(sb, "cmaActive", h.getCmaActive()).append(", ");
            inline(sb, "cmaPeak", h.getCmaPeak()).append(", ");
            inline(sb, "cmaAt", time(h.getCmaAt())).append('}');
        }
        sb.append("]\n");
        indent(sb, 1).append("},\n");
    }

    private static void calls(StringBuilder sb, ActiveCallsReport c) {
        if (c == null) {
            indent(sb, 1).append("\"activeCalls\": null,\n");
            return;
        }
        indent(sb, 1).append("\"activeCalls\": {\n");
        field(sb, 2, "decision", c.getDecision().name()).append(",\n");
        field(sb, 2, "callLegsActive", c.getTotal()).append(",\n");
        field(sb, 2, "threshold", c.getThreshold()).append(",\n");
        field(sb, 2, "polls", c.getPolls()).append(",\n");
        field(sb, 2, "waitedSeconds", c.getWaited().toSeconds()).append(",\n");
        indent(sb, 2).append("\"callBridges\": [");
        for (int i = 0; i < c.getReadings().size(); i++) {
            ActiveCallsReport.Reading r = c.getReadings().get(i);
            sb.append(i == 0 ? "" : ", ").append('{');
            inline(sb, "api", r.api()).append(", ");
            inline(sb, "callLegsActive", r.callLegsActive()).append(", ");
            inline(sb, "failureKind", r.failureKind()).append(", ");
            inline(sb, "failure", r.failure()).append('}');
        }
        sb.append("]\n");
        indent(sb, 1).append("},\n");
    }

    private static String time(java.time.Instant at) {
        return at == null ? null : RestartLogWriter.timestamp(at);
    }

    private static StringBuilder inline(StringBuilder sb, String name, Object value) {
        return field(sb, 0, name, value);
    }

    private static StringBuilder strings(StringBuilder sb, int level, String name, List<String> values) {
        indent(sb, level);
        string(sb, name).append(": [");
        for (int i = 0; i < values.size(); i++) {
            string(sb.append(i == 0 ? "" : ", "), values.get(i));
        }
        return sb.append(']');
    }

    private static void host(StringBuilder sb, HostResult r) {
        indent(sb, 2).append("{\n");
        field(sb, 3, "host", r.getHost()).append(",\n");
        field(sb, 3, "port", r.getPort()).append(",\n");
        field(sb, 3, "outcome", r.getOutcome().name()).append(",\n");
        field(sb, 3, "ok", r.isOk()).append(",\n");
        field(
                        sb,
                        3,
                        "failureKind",
                        r.getFailureKind() == null ? null : r.getFailureKind().name())
                .append(",\n");
        field(sb, 3, "attempts", r.getAttempts()).append(",\n");
        field(sb, 3, "durationMillis", r.getDurationMillis()).append(",\n");
        field(sb, 3, "reason", r.getReason()).append(",\n");
        field(sb, 3, "output", r.getOutput()).append(",\n");
        field(sb, 3, "outputDroppedBytes", r.getOutputDroppedBytes()).append(",\n");
        field(sb, 3, "hostKeyFingerprint", r.getHostKeyFingerprint()).append(",\n");
        field(sb, 3, "restartSent", r.isRestartSent()).append(",\n");
        field(sb, 3, "startedAt", r.getStartedAt() == null ? null : RestartLogWriter.timestamp(r.getStartedAt()))
                .append(",\n");
        field(sb, 3, "finishedAt", r.getFinishedAt() == null ? null : RestartLogWriter.timestamp(r.getFinishedAt()))
                .append('\n');
        indent(sb, 2).append('}');
    }

    private static StringBuilder field(StringBuilder sb, int level, String name, Object value) {
        indent(sb, level);
        string(sb, name).append(": ");
        if (value == null) {
            return sb.append("null");
        }
        if (value instanceof Number || value instanceof Boolean) {
            return sb.append(value);
        }
        return string(sb, value.toString());
    }

    private static StringBuilder indent(StringBuilder sb, int level) {
        return sb.append("  ".repeat(level));
    }

    static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }
}
