package io.jenkins.plugins.cmswebbridge.engine.report;

import io.jenkins.plugins.cmswebbridge.engine.restart.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.LeakScanner;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Fleet reports for tests outside the engine (the build history's badge and trend), made with the engine's own
 * constructors and {@link TestHostReports}: hosts {@code mmp1.example.com}, {@code mmp2.example.com} ... in order, and
 * session-leak figures read by the real {@link LeakScanner} from syslog lines.
 */
public final class TestReports {

    private static final Instant START = Instant.parse("2026-06-06T02:00:00Z");
    private static final Instant END = START.plusSeconds(30);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-07T00:00:00Z"), ZoneOffset.UTC);

    private TestReports() {}

    /** A host with an outcome, its reason {@code reason}, and the {@code ok} of its outcome. */
    public static HostReport host(int n, Outcome outcome, String reason) {
        return TestHostReports.result("mmp" + n + ".example.com", 22, outcome, reason)
                .between(START, END);
    }

    /** An unconfirmed restart that the settings accept, so counted as fine. */
    public static HostReport acceptedUnconfirmed(int n) {
        return TestHostReports.result("mmp" + n + ".example.com", 22, Outcome.UNCONFIRMED, "no SUCCESS line")
                .ok(true)
                .between(START, END);
    }

    /** One host per outcome, in order, each with the reason {@code reason}. */
    public static List<HostReport> hosts(String reason, Outcome... outcomes) {
        List<HostReport> list = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            list.add(host(i + 1, outcomes[i], reason));
        }
        return list;
    }

    public static RunReport report(boolean dryRun, boolean aborted, List<HostReport> results) {
        return report(dryRun, aborted, results, RunReport.Conditions.NONE);
    }

    /** The same, with what the conditions found. */
    public static RunReport report(
            boolean dryRun, boolean aborted, List<HostReport> results, RunReport.Conditions conditions) {
        return new RunReport(
                WebBridgeService.WEBBRIDGE, dryRun, aborted, "known hosts", results, List.of(), START, END, conditions);
    }

    /** A run that was not aborted and not a dry run, one host per outcome. */
    public static RunReport report(Outcome... outcomes) {
        return report(false, false, hosts("", outcomes));
    }

    /** A web bridge's statistics line as CMS writes it to syslog. */
    public static String webBridge(String host, int active) {
        return "Jun  6 01:55:00 user.info " + host + " \"webbridge\": INFO : [DEBUGGING] Stats " + active
                + ", c:100, d:50";
    }

    /** A call bridge's statistics line with its CMA figure. */
    public static String callBridge(String host, int cmaActive) {
        return "Jun  6 01:55:00 user.info " + host
                + " host:server: INFO : STATS: {\"callLegsPS\": 1, \"callLegs\": \"3/4\", \"CMA\": \"" + cmaActive
                + "/" + cmaActive + "\", \"sip\": {\"x\": 1}}";
    }

    /** The session-leak report of these syslog lines. */
    public static SessionLeakReport sessions(String... lines) {
        LeakScanner scanner = new LeakScanner(CLOCK);
        try {
            scanner.read(
                    new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)),
                    "syslog");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return scanner.report();
    }
}
