package io.jenkins.plugins.cmswebbridge.engine.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the JSON report of a run: the {@link ReportModel} of its {@link RunReport}, two spaces per level, keys
 * in the model's order. A JSON library would have served only this: the engine runs on agents with nothing but
 * trilead, and on the controller json-lib (core) and jackson2-api (a plugin) would each add a dependency for one
 * writer of maps and lists. Strings are escaped per RFC 8259.
 */
public final class JsonReportWriter {

    /** Default artifact name of the JSON report. */
    public static final String DEFAULT_FILE_NAME = "webbridge_restart_report.json";
    /** Bumped when a field changes meaning or disappears: 2 has ISO-8601 times and the hosts' {@code address}. */
    public static final int FORMAT_VERSION = 2;

    private JsonReportWriter() {}

    public static String render(RunReport report) {
        StringBuilder sb = new StringBuilder(1024);
        value(sb, ReportModel.fleet(report), 0);
        return sb.append('\n').toString();
    }

    private static void value(StringBuilder sb, Object value, int level) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(sb, map, level);
        } else if (value instanceof List<?> list) {
            array(sb, list, level);
        } else {
            string(sb, value.toString());
        }
    }

    private static void object(StringBuilder sb, Map<?, ?> map, int level) {
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            indent(sb, level + 1);
            string(sb, e.getKey().toString()).append(": ");
            value(sb, e.getValue(), level + 1);
            sb.append(++i < map.size() ? ",\n" : "\n");
        }
        indent(sb, level).append('}');
    }

    private static void array(StringBuilder sb, List<?> list, int level) {
        if (list.isEmpty()) {
            sb.append("[]");
            return;
        }
        sb.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            indent(sb, level + 1);
            value(sb, list.get(i), level + 1);
            sb.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        indent(sb, level).append(']');
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
