package io.jenkins.plugins.cmswebbridge.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.TaskListener;
import io.jenkins.plugins.cmswebbridge.engine.fleet.FleetListener;
import io.jenkins.plugins.cmswebbridge.engine.fleet.FleetProgress;
import io.jenkins.plugins.cmswebbridge.engine.fleet.NodeRun;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import io.jenkins.plugins.cmswebbridge.sim.TestSettings;
import io.jenkins.plugins.cmswebbridge.sim.Threads;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The node side of an abort: the controller cancels the remoting call, remoting interrupts the request thread that
 * runs {@link RemoteRestart}, and the report must still reach the controller's tracker, since the answer of a
 * cancelled call is dropped.
 */
class RemoteRestartTest {

    @AutoClose
    private final SimulatedMmps mmps = new SimulatedMmps("admin", "Remote-Pa55word");

    @Test
    void anInterruptedCallStillSendsItsReportToTheTracker() throws Exception {
        MmpSimulator hanging = mmps.start(Fault.HANG_COMMAND);
        mmps.start(Fault.NONE);
        NodeRun nodeRun = new NodeRun(
                mmps.addresses(),
                TestSettings.normal().build(),
                mmps.passwordCredentials(),
                new KnownHostsVerifier(mmps.knownHosts(), "test"));
        AtomicBoolean interruptedWhenTold = new AtomicBoolean(true);
        FleetProgress tracker = new FleetProgress();
        FleetListener overTheChannel = new FleetListener() {
            @Override
            public void runFinished(RunReport report) {
                interruptedWhenTold.set(Thread.currentThread().isInterrupted());
                tracker.runFinished(report);
            }
        };
        TaskListener listener = () -> new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Thread requestThread = Threads.start(() -> new RemoteRestart(nodeRun, listener, overTheChannel).call());
        Threads.awaitCommand(hanging, Duration.ofSeconds(15), "the first host never received its command");
        requestThread.interrupt(); // what remoting's Request.Cancel does to the thread running the call
        RunReport report = tracker.awaitReport(Duration.ofSeconds(10));
        assertNotNull(report, "the report must reach the tracker after the cancel");
        assertTrue(report.aborted());
        assertEquals(
                List.of(Outcome.FAILED, Outcome.NOT_RUN),
                report.hosts().stream().map(r -> r.outcome()).toList());
        assertFalse(interruptedWhenTold.get(), "the interrupt is cleared before calling through remoting");
        requestThread.join(10_000);
        hanging.awaitNoOpenConnections(Duration.ofSeconds(5));
    }
}
