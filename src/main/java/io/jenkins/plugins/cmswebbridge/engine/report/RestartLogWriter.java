package io.jenkins.plugins.cmswebbridge.engine.report;

import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsReport;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Renders the restart log in the format operators already grep, one event per line with a UTC timestamp
 * in microseconds:
 * <pre>
 * 2020-06-08 14:53:18.149915+00:00 Webbridge on server: 10.48.79.194 restarted successfully
 * 2020-06-08 14:53:19.165543+00:00 Failed to restart webbridge on server 127.0.0.1. Error:
 * 2020-06-08 14:53:19.165543+00:00 [CONNECTION_REFUSED] Connection refused by 127.0.0.1:22 ...
 * </pre>
 * The host is written alone on port 22 and as {@code host:port} otherwise.
 */
public final class RestartLogWriter {

    /** The artifact name the old script used, kept so that existing greps keep working. */
    public static final String DEFAULT_FILE_NAME = "webbridge_restart_logs.txt";

    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    private RestartLogWriter() {}

    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** The whole log for a report, each line ending with a newline. */
    public static String render(RunReport report) {
        StringBuilder sb = new StringBuilder();
        String name = report.service().logName();
        String command = report.service().command();
        for (String warning : report.warnings()) {
            line(sb, report.startedAt(), "WARNING: " + warning);
        }
        SessionLeakReport sessions = report.sessions();
        if (sessions != null) {
            line(sb, report.startedAt(), "Session leak check: " + sessions.summary() + "; " + report.sessionDecision());
        }
        ActiveCallsReport calls = report.calls();
        if (calls != null) {
            line(sb, calls.finishedAt(), "Active call check: " + calls.summary());
        }
        for (HostReport r : report.hosts()) {
            Instant at = r.finishedAt() == null ? report.finishedAt() : r.finishedAt();
            String server = r.port() == HostAddress.DEFAULT_SSH_PORT
                    ? r.address().bracketedHost()
                    : r.address().display();
            switch (r.outcome()) {
                case RESTARTED -> line(sb, at, name + " on server: " + server + " restarted successfully");
                case CHECKED ->
                    line(sb, at, name + " on server: " + server + " checked (dry run, not restarted): " + r.reason());
                case UNCONFIRMED -> {
                    if (r.ok()) { // accepted by the acceptUnconfirmed option: not a failure, not a success either
                        line(
                                sb,
                                at,
                                name + " on server: " + server + " restart sent, not confirmed (accepted): "
                                        + r.reason());
                    } else {
                        failed(sb, at, command, server, r);
                    }
                }
                case FAILED -> failed(sb, at, command, server, r);
                case SKIPPED, NOT_RUN, NOT_NEEDED, POSTPONED ->
                    line(sb, at, name + " on server: " + server + " not restarted: " + r.reason());
                default -> throw new IllegalStateException("unknown outcome " + r.outcome());
            }
        }
        return sb.toString();
    }

    private static void failed(StringBuilder sb, Instant at, String command, String server, HostReport r) {
        line(sb, at, "Failed to restart " + command + " on server " + server + ". Error:");
        line(sb, at, "[" + r.failureKind() + "] " + r.reason());
    }

    private static void line(StringBuilder sb, Instant at, String text) {
        sb.append(timestamp(at)).append(' ').append(Text.oneLine(text)).append('\n');
    }
}
