package io.jenkins.plugins.cmswebbridge.engine.sftp;

import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.callBridge;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.gzip;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.other;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.tarGz;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.text;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.webBridge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.BridgeSessions;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.LeakScanner;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.ssh.SshTimeouts;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SftpRead;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each MMP's syslog read over SFTP from simulated MMPs: the figures, the streaming, and the host key check. */
class SftpSyslogSourceTest {

    static final Clock JUNE_2020 = Clock.fixed(Instant.parse("2020-06-09T00:00:00Z"), ZoneOffset.UTC);
    static final String FILE = MmpLogSettings.DEFAULT_REMOTE_PATH;

    private final SimulatedMmps mmps = new SimulatedMmps("admin", "secret");

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        mmps.close();
    }

    static MmpLogSettings.Builder settings() {
        return MmpLogSettings.builder()
                .timeouts(new SshTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5)))
                .fetchTimeout(Duration.ofSeconds(30));
    }

    static MmpSimulator.Builder mmp() {
        return MmpSimulator.builder().username("admin").password("secret");
    }

    SftpSyslogReport fetch(MmpLogSettings settings) throws InterruptedException {
        return fetch(mmps, settings);
    }

    /** Fetches from every MMP of the group, as its account, with their known host keys. */
    static SftpSyslogReport fetch(SimulatedMmps group, MmpLogSettings settings) throws InterruptedException {
        return new SftpSyslogSource(settings, JUNE_2020)
                .fetch(
                        group.addresses(),
                        group.passwordCredentials(),
                        new KnownHostsVerifier(group.knownHosts(), "test"));
    }

    @Test
    void threeMmpsGiveTheFiguresOfTheSameFilesScannedTogetherLocally() throws Exception {
        byte[] plain = text(
                callBridge("Jun  8 14:50:00.002", "cmsfe1", 14, 17),
                webBridge("Jun  8 14:50:03.117", "cmsfe1", 31),
                other("Jun  8 14:51:11.000", "cmsfe1"),
                webBridge("Jun  8 14:55:03.118", "cmsfe1", 33),
                callBridge("Jun  8 14:55:00.004", "cmsfe1", 15, 17));
        byte[] gzipped = gzip(text(
                webBridge("Jun  8 14:50:04.541", "cmsfe2", 40),
                webBridge("Jun  8 14:55:04.540", "cmsfe2", 41),
                "Jun  8 14:55:05.000 user.info cmsfe2 \"webbridge\": INFO : [DEBUGGING] Stats x, c:1, d:1"));
        Map<String, byte[]> bundle = new LinkedHashMap<>();
        bundle.put("live.json", "{\"status\": \"ok\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // without its last line feed, which the bundle's reader adds so that the next file starts on a line of its own
        bundle.put(
                "syslog.1",
                callBridge("Jun  8 14:50:06.221", "cmscb1", 8, 10).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bundle.put("syslog", text(callBridge("Jun  8 14:55:06.220", "cmscb1", 9, 10), other("Jun  8 14:56", "x")));
        byte[] logBundle = tarGz(bundle);
        mmps.start(mmp().syslogFile(FILE, plain));
        mmps.start(mmp().syslogFile(FILE, gzipped));
        mmps.start(mmp().syslogFile(FILE, logBundle));

        SftpSyslogReport result = fetch(settings().build());

        Files.write(dir.resolve("a"), plain);
        Files.write(dir.resolve("b"), gzipped);
        for (Map.Entry<String, byte[]> file : bundle.entrySet()) {
            Files.write(dir.resolve("c-" + file.getKey()), file.getValue());
        }
        SessionLeakReport local = LeakScanner.scan(dir, "a,b,c-live.json,c-syslog,c-syslog.1", JUNE_2020);
        SessionLeakReport fetched = result.getReport();
        assertTrue(result.isComplete(), result.getProblems().toString());
        assertEquals(local.summary(), fetched.summary());
        assertEquals(rows(local), rows(fetched));
        assertEquals(local.linesRead(), fetched.linesRead());
        assertEquals(local.malformedLines(), fetched.malformedLines());
        assertEquals(1, fetched.malformedLines(), "the 'Stats x' line; the bundle's tar headers are not read");
        assertEquals(List.of(), fetched.fileProblems());
        assertEquals(50, fetched.leaked(), "web bridges 33 + 41, CMA 15 + 9: the latest line of each server");
        assertEquals(
                mmps.all().stream()
                        .map(s -> s.host() + ":" + s.port() + ":" + FILE)
                        .toList(),
                fetched.files());
    }

    private static List<String> rows(SessionLeakReport r) {
        return r.bridges().stream()
                .map(h -> h.getHost() + " wb=" + h.getWebBridgeActive() + "@" + h.getWebBridgeAt() + " cma="
                        + h.getCmaActive() + "/" + h.getCmaPeak() + "@" + h.getCmaAt())
                .toList();
    }

    @Test
    void aLogBundleCutShortIsSaidSoAndTheHostIsNotReadWhole() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("var/log/syslog.1", SyslogFixtures.generated(256 * 1024, 2, 40));
        files.put("var/log/syslog", text(webBridge("Jun  8 14:55:03.118", "cmsfe1", 55)));
        byte[] whole = tarGz(files);
        MmpSimulator sim = mmps.start(mmp().syslogFile(FILE, java.util.Arrays.copyOf(whole, whole.length / 2)));

        SftpSyslogReport result = fetch(settings().build());

        assertEquals(1, result.getProblems().size(), result.getProblems().toString());
        SftpFetchProblem problem = result.getProblems().get(0);
        assertEquals(SftpFetchProblem.Kind.INCOMPLETE, problem.kind(), problem.line());
        assertEquals(
                "'" + FILE + "' is cut short (its gzip data or log bundle ends early); the lines before were used",
                problem.reason());
        String note = result.getReport().fileProblems().get(0);
        assertTrue(
                note.startsWith(sim.host() + ":" + sim.port() + ":" + FILE + ": the log bundle is cut short (its last"
                        + " file read: 'var/log/syslog.1') after "),
                note);
        assertTrue(result.getReport().linesRead() > 0, "the lines before the cut were used");
    }

    @Test
    void aLogBundleMemberThatIsSkippedCountsAgainstTheCapOfOneFile() throws Exception {
        // a directory entry claiming more than the cap (1 GiB once decompressed), then a syslog
        byte[] bundle = SyslogFixtures.tarGzWithAHugeDirectoryFirst(
                LeakScanner.MAX_FILE_BYTES + (64L << 20), webBridge("Jun  8 14:55:03.118", "cmsfe1", 55));
        mmps.start(mmp().syslogFile(FILE, bundle));

        SftpSyslogReport result = fetch(settings().build());

        assertEquals(1, result.getProblems().size(), result.getProblems().toString());
        assertEquals(SftpFetchProblem.Kind.TOO_BIG, result.getProblems().get(0).kind());
        assertEquals(0, result.getReport().webBridges(), "the syslog behind the skipped entry is beyond the cap");
        assertTrue(
                result.getReport()
                        .fileProblems()
                        .get(0)
                        .endsWith(": only the first 1024 MiB were read (the cap"
                                + " for one file); the lines before were used"),
                result.getReport().fileProblems().toString());
    }

    @Test
    void aFileMuchLargerThanTheScannersBufferIsReadChunkByChunk() throws Exception {
        byte[] log = SyslogFixtures.generated(8L << 20, 5, 60);
        MmpSimulator sim = mmps.start(mmp().syslogFile(FILE, log));

        SftpSyslogReport result = fetch(settings().build());

        assertTrue(result.isComplete(), result.getProblems().toString());
        LeakScanner local = new LeakScanner(JUNE_2020);
        local.read(new ByteArrayInputStream(log), "local");
        assertEquals(local.report().linesRead(), result.getReport().linesRead());
        assertEquals(5, result.getReport().webBridges());
        List<SftpRead> reads = sim.sftpReads();
        long next = 0;
        for (SftpRead r : reads.subList(0, reads.size() - 1)) {
            assertEquals(next, r.offset(), "each request starts where the last one ended: " + reads);
            assertTrue(r.length() <= SftpFileStream.CHUNK, "a chunk, never the whole file: " + r);
            next += r.length();
        }
        assertTrue(next >= log.length && next - SftpFileStream.CHUNK < log.length, "every byte asked for once");
        assertTrue(
                reads.size() >= log.length / SftpFileStream.CHUNK,
                "at least " + log.length / SftpFileStream.CHUNK + " requests for " + log.length + " bytes: "
                        + reads.size());
        assertEquals(log.length, reads.get(reads.size() - 1).offset(), "the last request finds the end");
    }

    @Test
    void anUnknownHostKeyIsRefusedBeforeAnyCredentialIsSent() throws Exception {
        MmpSimulator sim = mmps.start(mmp().fault(Fault.WRONG_HOST_KEY).syslogFile(FILE, text("x")));

        SftpSyslogReport result = fetch(settings().build());

        SftpFetchProblem problem = result.getProblems().get(0);
        assertEquals(SftpFetchProblem.Kind.HOST_KEY_REJECTED, problem.kind());
        assertTrue(problem.reason().contains("SHA256:"), problem.reason());
        assertEquals(0, sim.authAttempts(), "no credential may reach a host whose key is wrong");
        assertEquals(List.of(), sim.sftpReads());
        assertEquals(List.of(problem.line()), result.getReport().fileProblems());
    }

    @Test
    void aRefusedLoginIsOneAttemptOnOneConnection() throws Exception {
        MmpSimulator sim = mmps.start(mmp().fault(Fault.AUTH_FAILURE).syslogFile(FILE, text("x")));

        SftpSyslogReport result = fetch(settings().build());

        assertEquals(
                SftpFetchProblem.Kind.AUTHENTICATION_FAILED,
                result.getProblems().get(0).kind());
        assertEquals(1, sim.connectionsAccepted(), "not retried: failed logins lock the MMP account");
        assertTrue(result.getProblems().get(0).reason().contains("Not retried"));
    }

    @Test
    void keyCredentialsWorkAsForTheRestart() throws Exception {
        var key = TestKeys.rsa(3);
        mmps.start(MmpSimulator.builder()
                .username("admin")
                .authorizedKey(key.getPublic())
                .syslogFile(FILE, text(webBridge("Jun  8 14:50:04.541", "cmsfe9", 12))));

        SftpSyslogReport result = new SftpSyslogSource(settings().build(), JUNE_2020)
                .fetch(
                        mmps.addresses(),
                        SshCredentials.privateKeys(
                                "admin", List.of(TestKeys.pkcs1Pem(key).toCharArray()), null),
                        new KnownHostsVerifier(mmps.knownHosts(), "test"));

        assertTrue(result.isComplete(), result.getProblems().toString());
        BridgeSessions only = result.getReport().bridges().get(0);
        assertEquals(12, only.getWebBridgeActive());
    }

    @Test
    void everyBadSettingNamesItsField() {
        assertField("remotePath", () -> settings().remotePath(" ").build());
        assertField("remotePath", () -> settings().remotePath("log\u001b[2J").build());
        assertField("remotePath", () -> settings().remotePath("logs/").build());
        assertField("maxBytes", () -> settings().maxBytes(0).build());
        assertField(
                "maxBytes",
                () -> settings().maxBytes(LeakScanner.MAX_FILE_BYTES + 1).build());
        assertField("fetchTimeout", () -> settings().fetchTimeout(Duration.ZERO).build());
        assertField(
                "authTimeout",
                () -> settings()
                        .timeouts(new SshTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofHours(2)))
                        .build());
        assertEquals("logbundle.tar.gz", MmpLogSettings.builder().build().getRemotePath());
    }

    private static void assertField(String field, org.junit.jupiter.api.function.Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
    }
}
