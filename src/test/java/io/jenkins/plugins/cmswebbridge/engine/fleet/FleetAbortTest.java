package io.jenkins.plugins.cmswebbridge.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.NonVerifyingVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import io.jenkins.plugins.cmswebbridge.sim.TestSettings;
import io.jenkins.plugins.cmswebbridge.sim.Threads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A build abort interrupts the runner: every connection closes and the run returns within 2 seconds. */
class FleetAbortTest {

    @AutoClose
    private final SimulatedMmps mmps = new SimulatedMmps("admin", FleetFaultsTest.PASSWORD);

    private MmpSimulator start(Fault fault) {
        return mmps.start(fault);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Threads.awaitUntil(condition, Duration.ofSeconds(15), "timed out waiting for " + what);
    }

    /** Starts the run on its own thread, waits for {@code ready}, interrupts it and measures how long it takes to end. */
    private RunReport runAndInterrupt(RestartSettings settings, BooleanSupplier ready) throws Exception {
        List<HostAddress> hosts = mmps.addresses();
        AtomicReference<RunReport> report = new AtomicReference<>();
        AtomicBoolean interruptFlagAfterRun = new AtomicBoolean();
        Thread runner = new Thread(() -> {
            report.set(new FleetRunner(
                            settings,
                            SshCredentials.password("admin", FleetFaultsTest.PASSWORD.toCharArray()),
                            new NonVerifyingVerifier(),
                            null)
                    .run(hosts));
            interruptFlagAfterRun.set(Thread.currentThread().isInterrupted());
        });
        runner.start();
        await(ready, "the fleet to reach the point of interruption");
        long t0 = System.nanoTime();
        runner.interrupt();
        runner.join(5000);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertFalse(runner.isAlive(), "the runner did not return after the interrupt");
        assertTrue(millis < 2000, "returned " + millis + " ms after the interrupt");
        assertTrue(interruptFlagAfterRun.get(), "the interrupt flag must be set again for the caller");
        for (MmpSimulator sim : mmps.all()) {
            sim.awaitNoOpenConnections(Duration.ofMillis(2000 - Math.min(millis, 1000)));
        }
        return report.get();
    }

    @Test
    void abortDuringHungCommandsInParallel() throws Exception {
        MmpSimulator a = start(Fault.HANG_COMMAND);
        MmpSimulator b = start(Fault.HANG_COMMAND);
        start(Fault.NONE);
        start(Fault.NONE);
        RestartSettings settings = TestSettings.fast()
                .parallelism(2)
                .commandTimeout(Duration.ofMinutes(5))
                .build();
        RunReport report = runAndInterrupt(
                settings, () -> a.commands().size() == 1 && b.commands().size() == 1);
        assertTrue(report.aborted());
        assertEquals(
                List.of(Outcome.FAILED, Outcome.FAILED, Outcome.NOT_RUN, Outcome.NOT_RUN),
                report.hosts().stream().map(HostReport::outcome).toList());
        HostReport first = report.hosts().get(0);
        assertEquals(FailureKind.ABORTED, first.failureKind());
        assertEquals(1, first.attempts());
        assertTrue(first.durationMillis() > 0, "the time spent until the abort, not 0");
        assertTrue(first.startedAt().isBefore(first.finishedAt()), first.startedAt() + " " + first.finishedAt());
        assertTrue(first.reason().contains("Aborted while running 'webbridge restart'"), first.reason());
        assertEquals("0 of 4 hosts restarted, 2 failed, 2 not run (aborted)", report.summary());
        assertEquals(0, mmps.get(2).connectionsAccepted());
    }

    @Test
    void abortDuringTheHandshakeOfASilentServer() throws Exception {
        MmpSimulator silent = start(Fault.SILENT_BANNER);
        start(Fault.NONE);
        RestartSettings settings = TestSettings.fast()
                .connectTimeout(Duration.ofSeconds(60))
                .kexTimeout(Duration.ofSeconds(60))
                .build();
        RunReport report = runAndInterrupt(settings, () -> silent.connectionsAccepted() == 1);
        assertEquals(
                List.of(Outcome.FAILED, Outcome.NOT_RUN),
                report.hosts().stream().map(HostReport::outcome).toList());
    }

    @Test
    void abortDuringTheBackoffBetweenRetries() throws Exception {
        MmpSimulator refusing = start(Fault.REFUSE);
        AtomicBoolean retrying = new AtomicBoolean();
        RestartSettings settings = TestSettings.fast()
                .retries(3)
                .retryBackoff(Duration.ofMinutes(5))
                .build();
        List<HostAddress> hosts = List.of(new HostAddress(refusing.host(), refusing.port()));
        AtomicReference<RunReport> report = new AtomicReference<>();
        Thread runner = new Thread(() -> report.set(new FleetRunner(
                        settings,
                        SshCredentials.password("admin", "x".toCharArray()),
                        new NonVerifyingVerifier(),
                        new FleetListener() {
                            @Override
                            public void retrying(HostAddress host, int failedAttempt, String reason, Duration wait) {
                                retrying.set(true);
                            }
                        })
                .run(hosts)));
        runner.start();
        await(retrying::get, "the first retry");
        long t0 = System.nanoTime();
        runner.interrupt();
        runner.join(5000);
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000);
        assertEquals(FailureKind.ABORTED, report.get().hosts().get(0).failureKind());
    }

    @Test
    void anAbortDuringTheWaitBeforeARetrySaysSoWithTheAttemptsMade() throws Exception {
        start(Fault.SILENT_BANNER);
        RestartSettings settings = TestSettings.fast()
                .kexTimeout(Duration.ofMillis(500))
                .retries(2)
                .retryBackoff(Duration.ofMinutes(1))
                .build();
        java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
        AtomicReference<RunReport> report = new AtomicReference<>();
        Thread runner = new Thread(() -> report.set(new FleetRunner(
                        settings,
                        SshCredentials.password("admin", FleetFaultsTest.PASSWORD.toCharArray()),
                        new NonVerifyingVerifier(),
                        new FleetListener() {
                            @Override
                            public void retrying(HostAddress host, int failedAttempt, String reason, Duration wait) {
                                waiting.countDown();
                            }
                        })
                .run(mmps.addresses())));
        runner.start();
        assertTrue(waiting.await(15, java.util.concurrent.TimeUnit.SECONDS), "the first attempt never failed");
        runner.interrupt();
        runner.join(5000);
        assertFalse(runner.isAlive());
        HostReport r = report.get().hosts().get(0);
        assertEquals(FailureKind.ABORTED, r.failureKind());
        assertEquals(1, r.attempts());
        assertTrue(r.reason().startsWith("Aborted while waiting to retry after attempt 1 failed"), r.reason());
        assertTrue(r.durationMillis() >= 500, "the first attempt's time counts: " + r.durationMillis());
    }
}
