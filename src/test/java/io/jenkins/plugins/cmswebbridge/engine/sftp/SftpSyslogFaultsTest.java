package io.jenkins.plugins.cmswebbridge.engine.sftp;

import static io.jenkins.plugins.cmswebbridge.engine.sftp.SftpSyslogSourceTest.FILE;
import static io.jenkins.plugins.cmswebbridge.engine.sftp.SftpSyslogSourceTest.mmp;
import static io.jenkins.plugins.cmswebbridge.engine.sftp.SftpSyslogSourceTest.settings;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.text;
import static io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures.webBridge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.BridgeSessions;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sftp.SftpFetchProblem.Kind;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SftpFault;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every way the fetch of one MMP's log can fail gives that host its kind, and the other hosts are still read. */
class SftpSyslogFaultsTest {

    private static final long BOUND = 512 * 1024;

    private final SimulatedMmps mmps = new SimulatedMmps("admin", "secret");

    @AfterEach
    void stop() {
        mmps.close();
    }

    /** A log of about {@code bytes} whose first line says that {@code server} has {@code active} sessions. */
    private static byte[] log(String server, int active, long bytes) {
        byte[] first = text(webBridge("Jun  8 14:50:00.000", server, active));
        byte[] rest = SyslogFixtures.generated(bytes, 1, 1);
        byte[] all = new byte[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    private SftpSyslogReport fetch(MmpLogSettings settings) throws InterruptedException {
        return SftpSyslogSourceTest.fetch(mmps, settings);
    }

    @Test
    void eachFaultGivesItsKindAndTheOtherHostsAreStillRead() throws Exception {
        mmps.start(mmp().syslogFile(FILE, log("good1", 21, 1000)));
        mmps.start(Fault.REFUSE);
        MmpSimulator missing = mmps.start(mmp().sftpFault(SftpFault.NO_SUCH_FILE));
        MmpSimulator huge = mmps.start(mmp().sftpFault(SftpFault.HUGE).syslogFile(FILE, log("huge", 90, 1000)));
        mmps.start(mmp().sftpFault(SftpFault.SLOW).syslogFile(FILE, log("slow", 31, 200_000)));
        mmps.start(mmp().sftpFault(SftpFault.DROP_MID_FILE)
                .sftpDropAfter(64 * 1024)
                .syslogFile(FILE, log("dropped", 41, 256 * 1024)));
        mmps.start(
                mmp().sftpFault(SftpFault.GROWING).sftpHugeBytes(4 * BOUND).syslogFile(FILE, log("growing", 51, 1000)));
        mmps.start(mmp().syslogFile(FILE, log("good2", 61, 1000)));

        long started = System.nanoTime();
        SftpSyslogReport result = fetch(
                settings().maxBytes(BOUND).fetchTimeout(Duration.ofSeconds(2)).build());
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        List<Kind> kinds =
                result.getProblems().stream().map(SftpFetchProblem::kind).toList();
        assertEquals(
                List.of(
                        Kind.UNREACHABLE,
                        Kind.NO_SUCH_FILE,
                        Kind.TOO_BIG,
                        Kind.TIMED_OUT,
                        Kind.DISCONNECTED,
                        Kind.TOO_BIG),
                kinds,
                result.getProblems().toString());
        List<HostAddress> hosts = mmps.addresses();
        assertEquals(
                List.of(hosts.get(1), hosts.get(2), hosts.get(3), hosts.get(4), hosts.get(5), hosts.get(6)),
                result.getProblems().stream().map(SftpFetchProblem::host).toList());
        Map<String, BridgeSessions> servers = result.getReport().bridges().stream()
                .collect(Collectors.toMap(BridgeSessions::getHost, Function.identity()));
        assertEquals(21, servers.get("good1").getWebBridgeActive());
        assertEquals(61, servers.get("good2").getWebBridgeActive(), "the hosts after the faults are read");
        assertEquals(41, servers.get("dropped").getWebBridgeActive(), "lines before the drop are used");
        assertEquals(51, servers.get("growing").getWebBridgeActive(), "lines up to the bound are used");
        assertTrue(!servers.containsKey("huge"), "a file over the bound is not read at all");
        assertEquals(List.of(), huge.sftpReads(), "refused from its size, before any read");
        assertEquals(0, missing.sftpReads().size());
        assertTrue(seconds < 15, "the slow host is bounded by the fetch timeout: " + seconds + " s");
        for (SftpFetchProblem p : result.getProblems()) {
            assertTrue(result.getReport().fileProblems().contains(p.line()), p.line());
            assertTrue(p.reason().startsWith("'") || !p.reason().isBlank(), p.line());
        }
        String growing = result.getProblems().get(5).reason();
        assertTrue(growing.contains("grew past the bound"), growing);
        String dropped = result.getProblems().get(4).reason();
        assertTrue(dropped.contains("lost while reading the file"), dropped);
        String slow = result.getProblems().get(3).reason();
        assertTrue(slow.contains("longer than 2 s"), slow);
    }

    @Test
    void anAbortMidFileEndsTheFetchPromptlyAndClosesTheConnection() throws Exception {
        MmpSimulator slow = mmps.start(mmp().sftpFault(SftpFault.SLOW)
                .sftpReadDelay(Duration.ofMillis(200))
                .syslogFile(FILE, log("slow", 31, 2_000_000)));
        Thread[] runner = new Thread[1];
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        runner[0] = new Thread(() -> {
            try {
                outcome.complete(
                        fetch(settings().fetchTimeout(Duration.ofMinutes(5)).build()));
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        runner[0].start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (slow.sftpReads().size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(slow.sftpReads().size() >= 3, "the fetch did not start reading");

        long interrupted = System.nanoTime();
        runner[0].interrupt();
        Object result;
        try {
            result = outcome.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(e);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interrupted);

        assertNotNull(result);
        assertTrue(result instanceof InterruptedException, "an abort is an InterruptedException: " + result);
        assertTrue(millis < 3000, "ended " + millis + " ms after the interrupt");
        slow.awaitNoOpenConnections(Duration.ofSeconds(5));
    }
}
