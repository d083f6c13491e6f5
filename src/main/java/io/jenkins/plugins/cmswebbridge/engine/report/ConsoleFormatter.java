package io.jenkins.plugins.cmswebbridge.engine.report;

import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import java.util.Locale;

/** The lines printed to a build console (or the demo's terminal) as hosts finish, and the closing summary. */
public final class ConsoleFormatter {

    private ConsoleFormatter() {}

    /** e.g. {@code [3/12] mmp3.example.com:22 RESTARTED in 1.4 s (1 attempt): SUCCESS: webbridge restarted}. */
    public static String hostLine(HostReport r, int done, int total) {
        StringBuilder sb = new StringBuilder();
        sb.append('[')
                .append(done)
                .append('/')
                .append(total)
                .append("] ")
                .append(r.address().display())
                .append(' ')
                .append(r.outcome().name());
        if (r.attempts() > 0) {
            sb.append(" in ")
                    .append(seconds(r.durationMillis()))
                    .append(" (")
                    .append(r.attempts())
                    .append(r.attempts() == 1 ? " attempt)" : " attempts)");
        }
        if (!r.reason().isEmpty()) {
            sb.append(": ").append(Text.oneLine(r.reason()));
        }
        return sb.toString();
    }

    public static String summary(RunReport report) {
        long millis = report.finishedAt().toEpochMilli() - report.startedAt().toEpochMilli();
        return report.summary() + " in " + seconds(Math.max(0, millis));
    }

    public static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
