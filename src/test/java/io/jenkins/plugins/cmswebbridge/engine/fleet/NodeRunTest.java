package io.jenkins.plugins.cmswebbridge.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsFileVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unit of work the controller sends to the node: console lines, abort by interrupt, node-side known_hosts. */
class NodeRunTest {

    static final String PASSWORD = "Job-Pa55word-never-shown";

    @AutoClose
    private final SimulatedMmps mmps = new SimulatedMmps("admin", PASSWORD);

    /** A run for the simulated MMPs started so far, with their keys pasted in. */
    private NodeRun nodeRun() {
        return nodeRun(new KnownHostsVerifier(mmps.knownHosts(), "test"));
    }

    private NodeRun nodeRun(HostKeyVerifier verifier) {
        return new NodeRun(mmps.addresses(), settings(), mmps.passwordCredentials(), verifier);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static RestartSettings settings() {
        return TestSettings.normal().build();
    }

    @Test
    void printsALinePerHostWithProgressThenTheSummaryAndNoSecret() throws Exception {
        mmps.start(Fault.NONE);
        mmps.start(Fault.FAILURE_OUTPUT);
        NodeRun nodeRun = nodeRun();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunReport report = nodeRun.run(new PrintStream(out, true, StandardCharsets.UTF_8));
        String console = out.toString(StandardCharsets.UTF_8);
        assertTrue(console.contains("[1/2] "), console);
        assertTrue(console.contains("[2/2] "), console);
        assertTrue(console.contains(" RESTARTED in "), console);
        assertTrue(console.contains(" FAILED in "), console);
        assertTrue(console.contains("1 of 2 hosts restarted, 1 failed"), console);
        assertFalse(console.contains(PASSWORD), "the password must never reach the console");
        assertEquals(1, report.okCount());
    }

    @Test
    void anInterruptStopsTheRunAndItStillReturnsTheReport() throws Exception {
        mmps.start(Fault.HANG_COMMAND);
        mmps.start(Fault.NONE);
        NodeRun nodeRun = nodeRun();
        AtomicReference<RunReport> report = new AtomicReference<>();
        Thread worker = Threads.start(() -> report.set(nodeRun.run(quiet())));
        Threads.awaitCommand(mmps.get(0), Duration.ofSeconds(15), "the first host never received its command");
        long t0 = System.nanoTime();
        worker.interrupt(); // what remoting's cancel of the call does on an agent, and an abort on the controller
        worker.join(10_000);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertFalse(worker.isAlive(), "the run did not return after the abort");
        assertTrue(millis < 5_000, "abort took " + millis + " ms");
        RunReport r = report.get();
        assertTrue(r.aborted());
        assertEquals(Outcome.FAILED, r.hosts().get(0).outcome());
        assertEquals(Outcome.NOT_RUN, r.hosts().get(1).outcome());
        mmps.get(0).awaitNoOpenConnections(Duration.ofSeconds(5));
    }

    @Test
    void missingKnownHostsFileOnTheNodeFailsBeforeAnyConnection(@TempDir Path dir) {
        MmpSimulator sim = mmps.start(Fault.NONE);
        String missing = dir.resolve("no_known_hosts").toString();
        NodeRun nodeRun = nodeRun(new KnownHostsFileVerifier(missing));
        IOException e = assertThrows(IOException.class, () -> nodeRun.run(quiet()));
        assertTrue(e.getMessage().contains("does not exist on this node"), e.getMessage());
        assertEquals(0, sim.connectionsAccepted());
    }

    @Test
    void knownHostsFileIsReadWhereTheJobRuns(@TempDir Path dir) throws Exception {
        MmpSimulator sim = mmps.start(Fault.NONE);
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, mmps.knownHosts());
        NodeRun nodeRun = nodeRun(new KnownHostsFileVerifier(file.toString()));
        NodeRun copy = SerializationTest.roundTrip(nodeRun);
        RunReport report = copy.run(quiet());
        assertTrue(report.allOk(), report.summary());
        assertEquals(List.of("webbridge restart", "webbridge"), sim.commands());
    }

    @Test
    void tildeMeansTheHomeOfTheUserTheNodeRunsAs() {
        Path home = Path.of(System.getProperty("user.home"));
        assertEquals(home.resolve(".ssh/known_hosts"), new KnownHostsFileVerifier("~/.ssh/known_hosts").resolve());
        assertEquals(
                Path.of("/etc/ssh/ssh_known_hosts"), new KnownHostsFileVerifier("/etc/ssh/ssh_known_hosts").resolve());
        assertThrows(IllegalArgumentException.class, () -> new KnownHostsFileVerifier(" "));
    }

    /**
     * When the node is lost in the middle of a run, the controller has only the progress calls it received: the
     * report it records keeps the finished host, says the host in progress is in an unknown state, and did not run
     * the rest.
     */
    @Test
    void progressTellsTheControllerEnoughToRecordALostNode() throws Exception {
        mmps.start(Fault.NONE);
        MmpSimulator hanging = mmps.start(Fault.HANG_COMMAND);
        mmps.start(Fault.NONE);
        NodeRun nodeRun = nodeRun();
        FleetProgress progress = new FleetProgress();
        Thread node = Threads.start(() -> nodeRun.run(quiet(), progress));
        Threads.awaitCommand(hanging, Duration.ofSeconds(15), "the second host never received its command");
        RunReport lost = progress.nodeLost(
                settings(), "test", mmps.addresses(), "the agent went offline", java.time.Instant.now());
        node.interrupt();
        node.join(10_000);
        assertEquals(
                List.of(Outcome.RESTARTED, Outcome.FAILED, Outcome.NOT_RUN),
                lost.hosts().stream().map(r -> r.outcome()).toList());
        assertEquals(FailureKind.NODE_LOST, lost.hosts().get(1).failureKind());
        assertTrue(lost.hosts().get(1).reason().contains("the agent went offline")
                && lost.hosts().get(1).reason().contains("state of the web bridge on this MMP is unknown"));
        assertEquals(
                "not run: the agent went offline first", lost.hosts().get(2).reason());
        assertEquals(List.of("the agent went offline"), lost.warnings());
        assertFalse(lost.allOk());
    }

    @Test
    void aProgressListenerThatFailsDoesNotStopTheRun() throws Exception {
        mmps.start(Fault.NONE);
        NodeRun nodeRun = nodeRun();
        RunReport report = nodeRun.run(quiet(), new FleetListener() {
            @Override
            public void hostStarted(HostAddress host) {
                throw new IllegalStateException("proxy is not connected to a channel");
            }

            @Override
            public void hostFinished(HostReport result, int done, int total) {
                throw new IllegalStateException("proxy is not connected to a channel");
            }
        });
        assertTrue(report.allOk(), report.summary());
    }
}
