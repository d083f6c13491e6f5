package io.jenkins.plugins.cmswebbridge.openssh;

import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.callBridge;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.text;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.webBridge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sftp.SftpFetchProblem;
import io.jenkins.plugins.cmswebbridge.engine.sftp.SftpSyslogReport;
import io.jenkins.plugins.cmswebbridge.engine.sftp.SftpSyslogSource;
import io.jenkins.plugins.cmswebbridge.engine.ssh.SshTimeouts;
import io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The syslog fetch against a real OpenSSH sshd serving SFTP with {@code internal-sftp}: trilead's SFTP client and
 * OpenSSH agree on stat, open, chunked reads and close. Under CI (CI=true) a missing sshd fails the test.
 */
class OpenSshSftpInteropTest {

    private static final Clock JUNE_2020 = Clock.fixed(Instant.parse("2020-06-09T00:00:00Z"), ZoneOffset.UTC);

    @AutoClose
    private static OpenSshServer server;

    @BeforeAll
    static void startSshd() throws Exception {
        server = OpenSshServer.startForTests();
    }

    private static SftpSyslogReport fetch(String path) throws InterruptedException {
        MmpLogSettings settings = MmpLogSettings.builder()
                .remotePath(path)
                .timeouts(SshTimeouts.DEFAULT.withConnect(Duration.ofSeconds(5)))
                .fetchTimeout(Duration.ofSeconds(60))
                .build();
        return new SftpSyslogSource(settings, JUNE_2020)
                .fetch(
                        List.of(new HostAddress(server.host(), server.sftpPort())),
                        SshCredentials.privateKeys(
                                server.username(),
                                List.of(server.userPrivateKeyPem().toCharArray()),
                                null),
                        new KnownHostsVerifier(server.sftpKnownHostsLine(), "the test sshd"));
    }

    @Test
    void readsALogBundleOverInternalSftp() throws Exception {
        byte[] syslog = SyslogFixtures.generated(1L << 20, 3, 70);
        byte[] tail = text(
                webBridge("Jun  8 23:59:00.000", "cmsfe0", 80), callBridge("Jun  8 23:59:00.000", "cmsfe0", 20, 30));
        byte[] all = new byte[syslog.length + tail.length];
        System.arraycopy(syslog, 0, all, 0, syslog.length);
        System.arraycopy(tail, 0, all, syslog.length, tail.length);
        String path = server.serveFile("logbundle.tar.gz", SyslogFixtures.tarGz(java.util.Map.of("syslog", all)));

        SftpSyslogReport result = fetch(path);

        assertTrue(result.isComplete(), result.getProblems() + "\n" + server.sshdLog());
        SessionLeakReport report = result.getReport();
        assertEquals(3, report.webBridges());
        assertEquals(80 + 70 + 70, report.totalWebBridgeActive());
        assertEquals(20 + 35 + 35, report.totalCmaActive());
        assertEquals(0, report.malformedLines());
    }

    @Test
    void aMissingFileIsNoSuchFile() throws Exception {
        SftpSyslogReport result = fetch("/nonexistent/logbundle.tar.gz");

        assertEquals(
                SftpFetchProblem.Kind.NO_SUCH_FILE, result.getProblems().get(0).kind());
    }
}
