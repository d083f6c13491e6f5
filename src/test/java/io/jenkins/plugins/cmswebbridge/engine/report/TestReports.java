package io.jenkins.plugins.cmswebbridge.engine.report;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.restart.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.LeakScanner;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures;
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
    static final Instant SAMPLE_START = Instant.parse("2020-06-08T14:53:18.149915Z");
    static final Instant SAMPLE_END = Instant.parse("2020-06-08T14:53:19.165543Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-07T00:00:00Z"), ZoneOffset.UTC);

    private TestReports() {}

    /** A host with an outcome, its reason {@code reason}, and the {@code ok} of its outcome. */
    public static HostReport host(int n, Outcome outcome, String reason) {
        return TestHostReports.hostReport("mmp" + n + ".example.com", 22, outcome, reason)
                .between(START, END);
    }

    /** An unconfirmed restart that the settings accept, so counted as fine. */
    public static HostReport acceptedUnconfirmed(int n) {
        return TestHostReports.hostReport("mmp" + n + ".example.com", 22, Outcome.UNCONFIRMED, "no SUCCESS line")
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

    /** A run that was not aborted and not a dry run, with these hosts and what the conditions found. */
    public static RunReport ran(List<HostReport> hosts, RunReport.Conditions conditions) {
        return report(false, false, hosts, conditions);
    }

    /** A run that was not aborted and not a dry run, one host per outcome. */
    public static RunReport report(Outcome... outcomes) {
        return report(false, false, hosts("", outcomes));
    }

    /**
     * A run with one host of each kind, for the writers and serialization: restarted, refused, failed on an IPv6
     * address with quotes, a tab, a control character and dropped output, and skipped.
     */
    public static RunReport sample() {
        HostReport ok = TestHostReports.hostReport(
                        "10.48.79.194", 22, Outcome.RESTARTED, "SUCCESS: webbridge restarted")
                .attempts(1, 812)
                .output("SUCCESS: webbridge restarted\n", 0)
                .hostKey("SHA256:abc")
                .between(SAMPLE_START, SAMPLE_START);
        HostReport failed = TestHostReports.hostReport(
                        "127.0.0.1", 22, Outcome.FAILED, "Connection refused by 127.0.0.1:22")
                .failureKind(FailureKind.CONNECTION_REFUSED)
                .attempts(2, 5012)
                .between(SAMPLE_START, SAMPLE_END);
        HostReport v6 = TestHostReports.hostReport(
                        "2001:db8::1", 2222, Outcome.FAILED, "MMP answered FAILURE: \"quoted\"\nsecond line\ttab")
                .failureKind(FailureKind.COMMAND_FAILED)
                .attempts(1, 300)
                .output("FAILURE: x\u0001", 1234)
                .hostKey("SHA256:def")
                .between(SAMPLE_START, SAMPLE_END);
        HostReport skipped = HostReport.notTried(
                new HostAddress("mmp4.example.com", 22),
                Outcome.SKIPPED,
                "skipped: an earlier host failed and 'stop on first failure' is set",
                SAMPLE_END);
        return new RunReport(
                WebBridgeService.WEBBRIDGE,
                false,
                false,
                "known hosts from test",
                List.of(ok, failed, v6, skipped),
                List.of(),
                SAMPLE_START,
                SAMPLE_END,
                RunReport.Conditions.NONE);
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

    /**
     * The session-leak report of web bridges whose leak grew from 0 by {@code growthPerDay[i]} sessions a day over
     * the last {@code days} days, one reading an hour, the newest an hour before the reports' clock, with up to
     * {@code peak} guests at 13:00 UTC: forecasts whose growth is known.
     */
    public static SessionLeakReport leaking(int days, int peak, double... growthPerDay) {
        Instant newest = CLOCK.instant().minusSeconds(3600);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < growthPerDay.length; i++) {
            lines.addAll(SyslogFixtures.leaking("cmsfe" + (i + 1), newest, days, 0, growthPerDay[i], peak));
        }
        return sessions(lines.toArray(String[]::new));
    }

    /** The time the reports' scans take as now. */
    public static Instant now() {
        return CLOCK.instant();
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
