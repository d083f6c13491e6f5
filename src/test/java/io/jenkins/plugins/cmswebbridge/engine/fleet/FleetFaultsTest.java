package io.jenkins.plugins.cmswebbridge.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.credentials.MmpAuthenticator;
import io.jenkins.plugins.cmswebbridge.engine.credentials.SshCredentials;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.Fingerprints;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.HostKeyVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.KnownHostsVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hostkey.NonVerifyingVerifier;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostList;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostListParser;
import io.jenkins.plugins.cmswebbridge.engine.report.HostReport;
import io.jenkins.plugins.cmswebbridge.engine.report.JsonReportWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.Outcome;
import io.jenkins.plugins.cmswebbridge.engine.report.RestartLogWriter;
import io.jenkins.plugins.cmswebbridge.engine.report.RunReport;
import io.jenkins.plugins.cmswebbridge.engine.restart.BoundedOutput;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.restart.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SimulatedMmps;
import io.jenkins.plugins.cmswebbridge.sim.TestKeys;
import io.jenkins.plugins.cmswebbridge.sim.TestSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Runs the engine against simulated MMPs, one fault at a time: right outcome, right reason, bounded time. */
class FleetFaultsTest {

    static final String PASSWORD = "Pa55-w0rd-never-shown";
    private static final Duration BOUND = Duration.ofSeconds(20);

    @AutoClose
    private final SimulatedMmps mmps = new SimulatedMmps("admin", PASSWORD);

    private MmpSimulator start(Fault fault) {
        return start(fault, b -> b);
    }

    private MmpSimulator start(Fault fault, UnaryOperator<MmpSimulator.Builder> options) {
        return mmps.start(options.apply(
                MmpSimulator.builder().username("admin").password(PASSWORD).fault(fault)));
    }

    private static RestartSettings.Builder fast() {
        return TestSettings.fast();
    }

    private KnownHostsVerifier knownHosts() {
        return new KnownHostsVerifier(mmps.knownHosts(), "test known_hosts");
    }

    private RunReport run(
            RestartSettings settings, MmpAuthenticator auth, HostKeyVerifier verifier, FleetListener listener) {
        List<HostAddress> hosts = mmps.addresses();
        return assertTimeoutPreemptively(BOUND, () -> new FleetRunner(settings, auth, verifier, listener).run(hosts));
    }

    private RunReport run(RestartSettings settings, MmpAuthenticator auth, HostKeyVerifier verifier) {
        return run(settings, auth, verifier, null);
    }

    /** With the simulators' password and keys. */
    private RunReport run(RestartSettings settings, FleetListener listener) {
        return run(settings, mmps.passwordCredentials(), knownHosts(), listener);
    }

    private RunReport run(RestartSettings settings) {
        return run(settings, null);
    }

    private HostReport single(RestartSettings settings) {
        RunReport report = run(settings);
        assertEquals(1, report.hosts().size());
        return report.hosts().get(0);
    }

    private static void assertFailed(HostReport r, FailureKind kind, String reasonPart) {
        assertEquals(Outcome.FAILED, r.outcome(), r.toString());
        assertEquals(kind, r.failureKind(), r.toString());
        assertTrue(r.reason().contains(reasonPart), r.reason());
    }

    /**
     * Writes down what the runner tells its listener: each retry as "failed attempt, wait in ms", each finished host
     * as "done/total", and the warnings. The runner calls a listener one call at a time.
     */
    private static final class Recorder implements FleetListener {
        final List<String> retries = new ArrayList<>();
        final List<String> progress = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void retrying(HostAddress host, int failedAttempt, String reason, Duration wait) {
            retries.add(failedAttempt + " " + wait.toMillis());
        }

        @Override
        public void hostFinished(HostReport result, int done, int total) {
            progress.add(done + "/" + total);
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    }

    /** Starts one simulator with the fault and runs it alone, timed from just after the start. */
    private Alone alone(Fault fault, RestartSettings.Builder settings) {
        MmpSimulator sim = start(fault);
        long t0 = System.nanoTime();
        HostReport r = single(settings.build());
        return new Alone(sim, r, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * A run of one simulator: its result, how long the run took and what the simulator saw, with the checks the
     * fault tests make of it, so that each test lists only the checks it is about.
     */
    private record Alone(MmpSimulator sim, HostReport r, long millis) {

        Alone failed(FailureKind kind, String reasonPart) {
            assertFailed(r, kind, reasonPart);
            return this;
        }

        /** The reason also says this. */
        Alone says(String reasonPart) {
            assertTrue(r.reason().contains(reasonPart), r.reason());
            return this;
        }

        Alone attempts(int expected) {
            assertEquals(expected, r.attempts(), r.toString());
            return this;
        }

        /** The commands the simulator received, in order. */
        Alone commands(String... expected) {
            assertEquals(List.of(expected), sim.commands());
            return this;
        }

        Alone restartSent(boolean expected) {
            assertEquals(expected, r.restartSent(), r.toString());
            return this;
        }

        /** The run took fewer than this many milliseconds and left no connection open on the simulator. */
        Alone tookLessThan(long maxMillis) {
            assertTrue(millis < maxMillis, "took " + millis + " ms");
            sim.awaitNoOpenConnections(Duration.ofSeconds(5));
            return this;
        }
    }

    @Test
    void healthyFleetIsRestartedAndHostKeysAreRecorded() {
        MmpSimulator a = start(Fault.NONE);
        MmpSimulator b = start(Fault.NONE);
        RunReport report = run(fast().build());
        assertTrue(report.allOk(), report.summary());
        for (int i = 0; i < 2; i++) {
            HostReport r = report.hosts().get(i);
            MmpSimulator sim = mmps.get(i);
            assertEquals(Outcome.RESTARTED, r.outcome());
            assertEquals(1, r.attempts());
            assertEquals("SUCCESS: webbridge restarted; status: Enabled : true", r.reason());
            assertEquals(Fingerprints.sha256(sim.advertisedHostKeyBlob()), r.hostKeyFingerprint());
            assertEquals(List.of("webbridge restart", "webbridge"), sim.commands());
        }
        a.awaitNoOpenConnections(Duration.ofSeconds(5));
        b.awaitNoOpenConnections(Duration.ofSeconds(5));
    }

    @Test
    void privateKeyAuthenticationWorks() {
        var keys = TestKeys.rsa(2);
        MmpSimulator sim = start(Fault.NONE, b -> b.authorizedKey(keys.getPublic()));
        RunReport report = run(
                fast().build(),
                SshCredentials.privateKeys(
                        "admin", List.of(TestKeys.pkcs1Pem(keys).toCharArray()), null),
                knownHosts());
        assertEquals(
                Outcome.RESTARTED,
                report.hosts().get(0).outcome(),
                report.hosts().get(0).toString());
        assertEquals(List.of("webbridge restart", "webbridge"), sim.commands());
    }

    @Test
    void webBridgeThreeUsesItsOwnCommands() {
        MmpSimulator sim = start(Fault.NONE);
        HostReport r = single(fast().service(WebBridgeService.WEBBRIDGE3)
                .verifyAfterRestart(true)
                .build());
        assertEquals(Outcome.RESTARTED, r.outcome(), r.toString());
        assertEquals(List.of("webbridge3 restart", "webbridge3"), sim.commands());
        assertTrue(r.reason().endsWith("status: Enabled : true"), r.reason());
    }

    @Test
    void dryRunOnlyReadsTheStatus() {
        MmpSimulator sim = start(Fault.NONE);
        HostReport r = single(fast().dryRun(true).build());
        assertEquals(Outcome.CHECKED, r.outcome(), r.toString());
        assertEquals(List.of("webbridge"), sim.commands());
        assertTrue(r.output().contains("Enabled"), r.output());
    }

    @Test
    void verificationFailsWhenTheServiceIsNotEnabledAfterTheRestart() {
        alone(Fault.STATUS_DISABLED, fast().verifyAfterRestart(true))
                .failed(FailureKind.VERIFICATION_FAILED, "not enabled");
    }

    @Test
    void refusedConnectionIsRetriedWithBackoff() {
        start(Fault.REFUSE);
        Recorder listener = new Recorder();
        RunReport report = run(fast().retries(2).build(), listener);
        HostReport r = report.hosts().get(0);
        assertFailed(r, FailureKind.CONNECTION_REFUSED, "Connection refused by 127.0.0.1:");
        assertEquals(3, r.attempts());
        assertEquals(List.of("1 20", "2 40"), listener.retries);
        assertNull(r.hostKeyFingerprint());
    }

    @Test
    void silentServerHitsTheHandshakeTimeout() {
        alone(Fault.SILENT_BANNER, fast().connectTimeout(Duration.ofSeconds(1)).kexTimeout(Duration.ofSeconds(1)))
                .failed(FailureKind.HANDSHAKE_TIMEOUT, "sent no SSH banner")
                .tookLessThan(5000);
    }

    @Test
    void authenticationFailureIsNeverRetried() {
        Alone run = alone(Fault.AUTH_FAILURE, fast().retries(3))
                .failed(FailureKind.AUTHENTICATION_FAILED, "refused the credentials of user 'admin'")
                .says("Not retried")
                .attempts(1)
                .commands();
        assertEquals(1, run.sim().connectionsAccepted());
    }

    @Test
    void authenticationThatNeverAnswersHitsTheAuthTimeoutAndIsNotRetried() {
        alone(Fault.AUTH_HANG, fast().authTimeout(Duration.ofSeconds(1)).retries(2))
                .failed(FailureKind.AUTHENTICATION_TIMEOUT, "got no answer within 1 s")
                .attempts(1)
                .tookLessThan(6000);
    }

    @Test
    void noExitStatusAndSilentRestartIsUnconfirmed() {
        MmpSimulator sim = start(Fault.NONE, b -> b.restartOutput("").exitStatus(null));
        HostReport r = single(fast().retries(2).build());
        assertEquals(Outcome.UNCONFIRMED, r.outcome(), r.toString());
        assertEquals(FailureKind.NOT_CONFIRMED, r.failureKind());
        assertFalse(r.ok());
        assertTrue(
                r.reason().contains("did not confirm the restart") && r.reason().contains("no output, no exit status"),
                r.reason());
        assertEquals(
                List.of("webbridge restart"), sim.commands(), "not sent again, and no status check without exit 0");
    }

    @Test
    void exitZeroWithoutSuccessIsConfirmedOnlyByAnEnabledStatus() {
        MmpSimulator confirmed = start(Fault.NONE, b -> b.restartOutput("webbridge: ERROR could not start\n"));
        HostReport r = single(fast().build());
        assertEquals(Outcome.RESTARTED, r.outcome(), r.toString());
        assertTrue(r.reason().startsWith("exit status 0 and 'webbridge' shows the service enabled"), r.reason());
        assertTrue(r.reason().contains("webbridge: ERROR could not start"), r.reason());
        assertEquals(List.of("webbridge restart", "webbridge"), confirmed.commands());
        mmps.restart();

        start(
                Fault.NONE,
                b -> b.restartOutput("webbridge: ERROR could not start\n").statusDisabled());
        HostReport u = single(fast().build());
        assertEquals(Outcome.UNCONFIRMED, u.outcome(), u.toString());
        assertTrue(
                u.reason().contains("output: webbridge: ERROR could not start")
                        && u.reason().contains("status: Enabled : false"),
                u.reason());
        assertFalse(u.reason().contains("restarted successfully"));
    }

    @Test
    void acceptedUnconfirmedRestartsCountAsFine() {
        start(Fault.NONE, b -> b.restartOutput("").exitStatus(null));
        RunReport report = run(fast().acceptUnconfirmed(true).build());
        HostReport r = report.hosts().get(0);
        assertEquals(Outcome.UNCONFIRMED, r.outcome());
        assertTrue(r.ok());
        assertTrue(report.allOk());
    }

    @Test
    void aFloodWithoutSuccessIsUnconfirmedAndAFloodEndingInSuccessIsARestart() {
        start(
                Fault.HUGE_OUTPUT,
                b -> b.hugeOutputBytes(8L * 1024 * 1024).restartOutput("done\n").exitStatus(null));
        HostReport r = single(fast().commandTimeout(Duration.ofSeconds(15)).build());
        assertEquals(Outcome.UNCONFIRMED, r.outcome(), r.toString());
        assertTrue(r.reason().length() < 1000, "the reason quotes a bounded excerpt");
    }

    @Test
    void nonZeroExitStatusFails() {
        start(Fault.NONE, b -> b.restartOutput("").exitStatus(2));
        assertFailed(single(fast().build()), FailureKind.COMMAND_FAILED, "exited with status 2 and printed nothing");
    }

    @Test
    void wrongHostKeyFailsBeforeAnyCredentialIsSent() {
        MmpSimulator sim = start(Fault.WRONG_HOST_KEY);
        HostReport r = single(fast().retries(2).build());
        assertFailed(r, FailureKind.HOST_KEY_REJECTED, "Host key mismatch for [127.0.0.1]:" + sim.port());
        assertTrue(r.reason().contains("the server offered ssh-rsa SHA256:"), r.reason());
        assertFalse(r.reason().contains(Fingerprints.sha256(sim.advertisedHostKeyBlob())), r.reason());
        assertTrue(r.reason().contains(r.hostKeyFingerprint()), r.reason());
        assertEquals(1, r.attempts());
        assertEquals(0, sim.authAttempts());
    }

    @Test
    void disconnectDuringTheCommandIsReported() {
        alone(Fault.DISCONNECT_MID_COMMAND, fast())
                .failed(FailureKind.DISCONNECTED, "during 'webbridge restart'")
                .says("Restarting webbridge...");
    }

    @Test
    void commandThatNeverReturnsHitsTheCommandTimeoutAndIsNotSentAgain() {
        alone(Fault.HANG_COMMAND, fast().commandTimeout(Duration.ofSeconds(1)).retries(2))
                .failed(FailureKind.COMMAND_TIMEOUT, "'webbridge restart' did not finish within 1 s (it did not end)")
                .says("the state of its web bridge is unknown; the command was not sent again")
                .restartSent(true)
                .attempts(1)
                .commands("webbridge restart")
                .tookLessThan(6000);
    }

    @Test
    void theRestartIsSentAgainOnlyWhenAskedFor() {
        alone(
                        Fault.HANG_COMMAND,
                        fast().commandTimeout(Duration.ofSeconds(1)).retries(2).resendRestart(true))
                .failed(FailureKind.COMMAND_TIMEOUT, "did not finish within 1 s")
                .attempts(3)
                .commands("webbridge restart", "webbridge restart", "webbridge restart");
    }

    @Test
    void aConnectionLostAfterTheRestartWasSentIsNotRetried() {
        alone(Fault.DISCONNECT_MID_COMMAND, fast().retries(2))
                .failed(FailureKind.DISCONNECTED, "during 'webbridge restart'")
                .says("state of its web bridge is unknown")
                .attempts(1)
                .commands("webbridge restart");
    }

    @Test
    void aChannelThatNeverOpensHitsTheCommandTimeoutAndIsRetriedSinceNothingWasSent() {
        alone(
                        Fault.CHANNEL_OPEN_HANG,
                        fast().commandTimeout(Duration.ofSeconds(2)).retries(1))
                .failed(
                        FailureKind.COMMAND_TIMEOUT,
                        "did not finish within 2 s (the MMP did not open a session channel)")
                .restartSent(false)
                .attempts(2)
                .commands()
                .tookLessThan(15_000);
    }

    @Test
    void anExecRequestThatIsNeverAnsweredHitsTheCommandTimeout() {
        alone(Fault.EXEC_HANG, fast().commandTimeout(Duration.ofSeconds(2)).retries(2))
                .failed(
                        FailureKind.COMMAND_TIMEOUT,
                        "did not finish within 2 s (the MMP did not answer the command request)")
                .restartSent(true)
                .attempts(1) // the request reached the MMP: not sent again
                .commands("webbridge restart")
                .tookLessThan(8_000);
    }

    @Test
    void failureOutputFailsAndIsNotRetried() {
        alone(Fault.FAILURE_OUTPUT, fast().retries(2))
                .failed(FailureKind.COMMAND_FAILED, "FAILURE: webbridge restart failed: service not configured")
                .attempts(1)
                .commands("webbridge restart");
    }

    @Test
    void hugeOutputIsBoundedAndCountedAndItsLastAnswerIsSeen() {
        start(Fault.HUGE_OUTPUT, b -> b.hugeOutputBytes(8L * 1024 * 1024));
        HostReport r = single(fast().commandTimeout(Duration.ofSeconds(15)).build());
        assertEquals(Outcome.RESTARTED, r.outcome(), r.toString());
        assertEquals("SUCCESS: webbridge restarted; status: Enabled : true", r.reason());
        assertTrue(
                r.output().length() < RestartSettings.DEFAULT_MAX_OUTPUT_BYTES + BoundedOutput.TAIL + 100,
                "kept " + r.output().length());
        assertTrue(r.outputDroppedBytes() > 8L * 1024 * 1024 - 70_000, "dropped " + r.outputDroppedBytes());
    }

    @Test
    void anMmpWrittenSeveralWaysInTheHostListIsRestartedOnce() {
        MmpSimulator sim = start(Fault.NONE);
        int port = sim.port();
        HostList list = HostListParser.parse(
                "127.0.0.1:" + port + "\n[::ffff:127.0.0.1]:" + port + "\n[::ffff:7f00:1]:" + port, 22);
        RunReport report = assertTimeoutPreemptively(
                BOUND,
                () -> new FleetRunner(fast().build(), mmps.passwordCredentials(), knownHosts(), null)
                        .run(list.getHosts()));
        assertEquals(1, report.hosts().size(), report.hosts().toString());
        assertEquals(Outcome.RESTARTED, report.hosts().get(0).outcome());
        assertEquals(
                1,
                sim.commands().stream().filter("webbridge restart"::equals).count(),
                sim.commands().toString());
    }

    @Test
    void aFailureInTheMiddleOfAFloodFailsTheHostEvenWhenTheAnswerEndsInSuccess() {
        // 1 MB, FAILURE:, 1 MB, SUCCESS: the failure is far outside the kept start and tail of the output
        start(
                Fault.HUGE_OUTPUT,
                b -> b.hugeOutputBytes(2L * 1024 * 1024)
                        .midFloodOutput("\u001b[1;31mFAILURE:\u001b[0m webbridge did not stop\n"));
        HostReport r = single(fast().commandTimeout(Duration.ofSeconds(15)).build());
        assertFailed(r, FailureKind.COMMAND_FAILED, "MMP answered FAILURE: webbridge did not stop");
        assertFalse(r.output().contains("did not stop"), "the failure line is not among the kept output");
    }

    @Test
    void expiredPasswordPromptFailsFastWithAnExplanation() {
        // well under the command timeout: the prompt is recognised, not waited out
        alone(Fault.PASSWORD_EXPIRED, fast().commandTimeout(Duration.ofSeconds(60)))
                .failed(FailureKind.COMMAND_FAILED, "MMP password expired")
                .tookLessThan(10_000);
    }

    @Test
    void permissionDeniedAndUnknownCommandFail() {
        alone(Fault.PERMISSION_DENIED, fast()).failed(FailureKind.COMMAND_FAILED, "permission denied");
        mmps.restart();
        alone(Fault.UNKNOWN_COMMAND, fast().service(WebBridgeService.WEBBRIDGE3))
                .failed(FailureKind.COMMAND_FAILED, "webbridge or webbridge3");
    }

    @Test
    void mixedFleetInParallelKeepsHostOrderAndReportsProgress() {
        start(Fault.NONE);
        start(Fault.REFUSE);
        start(Fault.FAILURE_OUTPUT);
        start(Fault.NONE);
        Recorder listener = new Recorder();
        RunReport report = run(fast().parallelism(4).build(), listener);
        assertEquals(
                List.of(Outcome.RESTARTED, Outcome.FAILED, Outcome.FAILED, Outcome.RESTARTED),
                report.hosts().stream().map(HostReport::outcome).toList());
        assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), listener.progress);
        assertEquals("2 of 4 hosts restarted, 2 failed", report.summary());
    }

    @Test
    void stopOnFirstFailureSkipsTheRest() {
        start(Fault.NONE);
        start(Fault.FAILURE_OUTPUT);
        MmpSimulator third = start(Fault.NONE);
        MmpSimulator fourth = start(Fault.NONE);
        RunReport report = run(fast().stopOnFirstFailure(true).build());
        assertEquals(
                List.of(Outcome.RESTARTED, Outcome.FAILED, Outcome.SKIPPED, Outcome.SKIPPED),
                report.hosts().stream().map(HostReport::outcome).toList());
        assertEquals(0, third.connectionsAccepted());
        assertEquals(0, fourth.connectionsAccepted());
        assertEquals(0, report.hosts().get(2).attempts());
    }

    @Test
    void nonVerifyingRunWarnsAndStillRecordsTheFingerprint() {
        start(Fault.WRONG_HOST_KEY);
        Recorder listener = new Recorder();
        RunReport report = run(fast().build(), mmps.passwordCredentials(), new NonVerifyingVerifier(), listener);
        List<String> warnings = listener.warnings;
        assertEquals(Outcome.RESTARTED, report.hosts().get(0).outcome());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("Host key verification is switched off"));
        assertEquals(warnings, report.warnings());
        assertTrue(report.hosts().get(0).hostKeyFingerprint().startsWith("SHA256:"));
    }

    @Test
    void secretsAppearNowhereInResultsLogsOrReports() {
        for (Fault f : new Fault[] {
            Fault.NONE,
            Fault.AUTH_FAILURE,
            Fault.FAILURE_OUTPUT,
            Fault.PASSWORD_EXPIRED,
            Fault.DISCONNECT_MID_COMMAND,
            Fault.WRONG_HOST_KEY,
            Fault.REFUSE
        }) {
            start(f);
        }
        var keys = TestKeys.rsa(3);
        String pem = TestKeys.pkcs1Pem(keys);
        String keyBody = pem.split("\n")[1];
        for (MmpAuthenticator auth : List.of(
                mmps.passwordCredentials(),
                SshCredentials.privateKeys(
                        "admin", List.of(pem.toCharArray()), "key-passphrase-secret".toCharArray()))) {
            RunReport report = run(fast().parallelism(4).build(), auth, knownHosts());
            String everything = RestartLogWriter.render(report)
                    + JsonReportWriter.render(report)
                    + report.hosts()
                    + auth
                    + report.summary();
            for (String secret : List.of(PASSWORD, keyBody, "key-passphrase-secret")) {
                assertFalse(everything.contains(secret), "a secret leaked into the results");
            }
        }
    }

    @Test
    void aServiceThatIsNotSshIsNamedWithoutRepeatingItsBanner() {
        MmpSimulator sim = start(Fault.NOT_SSH);
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        RunReport report = run(
                fast().retries(2).build(),
                mmps.passwordCredentials(),
                knownHosts(),
                new ConsoleFleetListener(
                        new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8)));
        HostReport r = report.hosts().get(0);
        assertFailed(r, FailureKind.NOT_SSH, "Not an SSH server: 127.0.0.1:" + sim.port());
        assertEquals(1, r.attempts(), "a service that is not SSH will not become one: not retried");
        String everything = console.toString(java.nio.charset.StandardCharsets.UTF_8)
                + r.reason()
                + RestartLogWriter.render(report)
                + JsonReportWriter.render(report);
        assertFalse(everything.contains("\u001b"), "no escape sequence");
        assertFalse(everything.contains("restarted successfully"), "no forged log line");
        assertFalse(everything.contains("Bad Request"), "the banner is not repeated");
    }

    @Test
    void retryLinesAreSanitised() {
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        new ConsoleFleetListener(new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8))
                .retrying(
                        new HostAddress("mmp1", 22),
                        1,
                        "refused\n2020-06-08 14:53:18.149915+00:00 Webbridge on server:"
                                + " mmp1 restarted successfully\u001b[2J\u202e",
                        Duration.ofSeconds(5));
        String printed = console.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, printed.lines().count(), printed);
        assertFalse(printed.contains("\u001b") || printed.contains("\u202e"), printed);
        assertTrue(printed.contains("refused | 2020-06-08"), printed);
    }
}
