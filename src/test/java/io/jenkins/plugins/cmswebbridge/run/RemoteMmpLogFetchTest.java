package io.jenkins.plugins.cmswebbridge.run;

import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.callBridge;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.text;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.webBridge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsFileVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.report.ReportModel;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakReport;
import io.jenkins.plugins.cmswebbridge.engine.sftp.SftpFetchProblem;
import io.jenkins.plugins.cmswebbridge.engine.sftp.SftpSyslogReport;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SftpFault;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures;
import io.jenkins.plugins.cmswebbridge.sim.Threads;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InterruptedIOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report step's work on the node, run in this JVM against simulated MMPs serving their log over SFTP: the figures
 * of every log read, a host not read as a line of the file problems, the secrets wiped whatever happens, the host
 * key setup failure told apart, and an abort that ends the call.
 */
class RemoteMmpLogFetchTest {

    private static final String FILE = "log/syslog";

    @AutoClose
    private final SimulatedMmps mmps = new SimulatedMmps("admin", "secret");

    @TempDir
    Path dir;

    private static MmpSimulator.Builder serving(byte[] content) {
        return MmpSimulator.builder().username("admin").password("secret").syslogFile(FILE, content);
    }

    private static MmpLogSettings settings(Duration fetchTimeout) {
        return MmpLogSettings.builder()
                .remotePath(FILE)
                .fetchTimeout(fetchTimeout)
                .build();
    }

    private RemoteMmpLogFetch fetch(SshCredentials login, HostKeyVerifier verifier) {
        return new RemoteMmpLogFetch(mmps.addresses(), login, verifier, settings(Duration.ofSeconds(30)));
    }

    /** As remoting sends it: serialized on the controller, read back on the node. */
    private static RemoteMmpLogFetch overTheChannel(RemoteMmpLogFetch callable) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(callable);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (RemoteMmpLogFetch) in.readObject();
        }
    }

    private static void assertDestroyed(SshCredentials login) {
        assertThrows(IllegalStateException.class, () -> login.authenticate(null), "the secrets were wiped");
    }

    @Test
    void theLogsOfEveryMmpGiveOneReportAndAHostNotReadIsAFileProblem() throws Exception {
        MmpSimulator fe = mmps.start(serving(text(webBridge("Jun  8 14:55:03.118", "cmsfe1", 70))));
        MmpSimulator cb = mmps.start(serving(text(
                webBridge("Jun  8 14:55:04.000", "cmsfe2", 30), callBridge("Jun  8 14:55:00.004", "cmscb1", 25, 31))));
        MmpSimulator missing = mmps.start(serving(new byte[0]).sftpFault(SftpFault.NO_SUCH_FILE));
        SshCredentials controllerCopy = mmps.passwordCredentials();
        RemoteMmpLogFetch sent = fetch(controllerCopy, new KnownHostsVerifier(mmps.knownHosts(), "test"));

        SftpSyslogReport result = overTheChannel(sent).call();

        SessionLeakReport report = result.getReport();
        assertEquals(75, report.leaked(), "web bridges 70 + 30, CMA 25");
        assertEquals(
                List.of(fe.host() + ":" + fe.port() + ":" + FILE, cb.host() + ":" + cb.port() + ":" + FILE),
                report.files());
        assertEquals(1, result.getProblems().size());
        assertEquals(
                SftpFetchProblem.Kind.NO_SUCH_FILE, result.getProblems().get(0).kind());
        assertTrue(
                report.fileProblems()
                        .get(report.fileProblems().size() - 1)
                        .startsWith(missing.host() + ":" + missing.port() + ": NO_SUCH_FILE"),
                report.fileProblems().toString());
        assertTrue(
                String.valueOf(ReportModel.sessionLeak(report).get("fileProblems"))
                        .contains(result.getProblems().get(0).line()),
                "the step's map lists the host not read");
        assertEquals(List.of(), fe.commands(), "nothing is run on the MMPs, nothing restarted");
        controllerCopy.destroy(); // what the step does once the node answered
        assertDestroyed(controllerCopy);
    }

    @Test
    void theNodesCopyOfTheSecretsIsWipedWhenTheCallEnds() throws Exception {
        mmps.start(serving(text(webBridge("Jun  8 14:55:03.118", "cmsfe1", 12))));
        SshCredentials login = mmps.passwordCredentials();
        fetch(login, new KnownHostsVerifier(mmps.knownHosts(), "test")).call();
        assertDestroyed(login);
    }

    @Test
    void aKnownHostsFileMissingOnTheNodeIsAHostKeyProblemBeforeAnyConnection() {
        MmpSimulator mmp = mmps.start(serving(text(webBridge("Jun  8 14:55:03.118", "cmsfe1", 12))));
        SshCredentials login = mmps.passwordCredentials();
        RemoteMmpLogFetch call = fetch(
                login,
                new KnownHostsFileVerifier(dir.resolve("no-such-known_hosts").toString()));
        RemoteMmpLogFetch.HostKeysProblem e = assertThrows(RemoteMmpLogFetch.HostKeysProblem.class, call::call);
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        assertEquals(0, mmp.connectionsAccepted());
        assertDestroyed(login);
    }

    @Test
    void anInterruptClosesTheConnectionAndEndsTheCall() throws Exception {
        MmpSimulator slow = mmps.start(serving(SyslogFixtures.generated(2_000_000, 1, 1))
                .sftpFault(SftpFault.SLOW)
                .sftpReadDelay(Duration.ofMillis(200)));
        SshCredentials login = mmps.passwordCredentials();
        RemoteMmpLogFetch call = new RemoteMmpLogFetch(
                mmps.addresses(),
                login,
                new KnownHostsVerifier(mmps.knownHosts(), "test"),
                settings(Duration.ofMinutes(5)));
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread node = new Thread(() -> {
            try {
                outcome.complete(call.call());
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        node.start();
        Threads.awaitUntil(
                () -> slow.sftpReads().size() >= 2, Duration.ofSeconds(10), "the fetch did not start reading");

        node.interrupt();
        Object result = outcome.get(5, TimeUnit.SECONDS);

        assertInstanceOf(InterruptedIOException.class, result, "an abort ends the call: " + result);
        slow.awaitNoOpenConnections(Duration.ofSeconds(5));
        assertDestroyed(login);
    }
}
