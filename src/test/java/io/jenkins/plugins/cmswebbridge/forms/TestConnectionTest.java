package io.jenkins.plugins.cmswebbridge.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.NonVerifyingVerifier;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** "Test connection": logs in and runs the status command on every host, restarting nothing. */
class TestConnectionTest {

    private static final String PASSWORD = "Check-Pa55word-never-shown";

    @AutoClose
    private final SimulatedMmps mmps = new SimulatedMmps("admin", PASSWORD);

    private TestConnection.Form form() {
        return form(mmps.hostList());
    }

    private static TestConnection.Form form(String hosts) {
        return new TestConnection.Form(hosts, null, null, null);
    }

    /** Tests the connection to every simulator started so far, with their account. */
    private TestConnection.Message check(HostKeyVerifier verifier) throws IOException {
        return TestConnection.run(form(), mmps.passwordCredentials(), verifier);
    }

    private KnownHostsVerifier knownHosts() {
        return new KnownHostsVerifier(mmps.knownHosts(), "test");
    }

    @Test
    void everyHostIsCheckedAndNothingIsRestarted() throws Exception {
        MmpSimulator a = mmps.start(Fault.NONE);
        MmpSimulator b = mmps.start(Fault.NONE);
        TestConnection.Message result = check(knownHosts());
        assertTrue(result.ok(), result.text());
        assertEquals(2, result.lines().size(), result.text());
        assertTrue(result.lines().stream().allMatch(l -> l.contains(" CHECKED ")), result.text());
        assertEquals(List.of("webbridge"), a.commands(), "only the status command runs");
        assertEquals(List.of("webbridge"), b.commands());
        assertFalse(result.text().contains(PASSWORD));
    }

    @Test
    void aWrongHostKeyFailsWithTheOfferedFingerprintAndNoLogin() throws Exception {
        mmps.start(Fault.NONE);
        MmpSimulator impostor = mmps.start(Fault.WRONG_HOST_KEY);
        TestConnection.Message result = check(knownHosts());
        assertFalse(result.ok(), result.text());
        String line = result.lines().get(1);
        assertTrue(line.contains("FAILED") && line.contains("SHA256:"), line);
        assertEquals(0, impostor.authAttempts(), "no credential may be sent to a host with an unexpected key");
    }

    @Test
    void theNonVerifyingStrategyIsWarnedAbout() throws Exception {
        mmps.start(Fault.NONE);
        TestConnection.Message result = check(new NonVerifyingVerifier());
        assertTrue(result.ok(), result.text());
        assertTrue(result.lines().get(0).startsWith("WARNING: "), result.text());
    }

    @Test
    void badInputIsRejectedBeforeAnyConnection() {
        MmpSimulator sim = mmps.start(Fault.NONE);
        TestConnection.Form p = form(sim.host() + ":" + sim.port() + "\nbad:host:name:1");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> TestConnection.run(p, mmps.passwordCredentials(), new NonVerifyingVerifier()));
        assertTrue(e.getMessage().startsWith("hosts: ") && e.getMessage().contains("line 2"), e.getMessage());
        assertEquals(0, sim.connectionsAccepted());
    }

    @Test
    void theWholeTestIsBoundedByOneDeadline() throws Exception {
        MmpSimulator hanging = mmps.start(Fault.AUTH_HANG);
        mmps.start(Fault.SILENT_BANNER);
        long t0 = System.nanoTime();
        TestConnection.Message result = TestConnection.run(
                form(), mmps.passwordCredentials(), new NonVerifyingVerifier(), java.time.Duration.ofSeconds(2));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 8_000, "the test took " + millis + " ms");
        assertFalse(result.ok());
        assertTrue(result.text().contains("Test connection stopped after 2 s"), result.text());
        assertFalse(Thread.currentThread().isInterrupted(), "the request thread is not left interrupted");
        hanging.awaitNoOpenConnections(java.time.Duration.ofSeconds(5));
    }

    @Test
    void tooManyHostsAreRefusedBeforeAnyConnection() {
        StringBuilder hosts = new StringBuilder();
        for (int i = 0; i <= TestConnection.MAX_HOSTS; i++) {
            hosts.append("mmp").append(i).append(".example.com\n");
        }
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> TestConnection.run(
                        form(hosts.toString()), mmps.passwordCredentials(), new NonVerifyingVerifier()));
        assertTrue(e.getMessage().contains("at most " + TestConnection.MAX_HOSTS + " hosts"), e.getMessage());
    }

    @Test
    void aServiceThatIsNotSshIsNotQuoted() throws Exception {
        mmps.start(Fault.NOT_SSH);
        TestConnection.Message result = check(new NonVerifyingVerifier());
        assertTrue(result.text().contains("Not an SSH server"), result.text());
        assertFalse(
                result.text().contains("Bad Request")
                        || result.text().contains("restarted successfully")
                        || result.text().contains("\u001b"),
                result.text());
    }
}
