package io.jenkins.plugins.cmswebbridge.engine.activecalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActiveCallsPollTest {

    @TempDir
    static Path certDir;

    static TestCertificates certs;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certs = new TestCertificates(certDir);
    }

    private static StatusClient client(String customCa, String password, Duration timeout) throws Exception {
        SSLContext ssl = CustomCa.sslContext(CustomCa.parse(customCa));
        return new StatusClient(ssl, new ApiCredentials(FakeCallBridge.USER, password.toCharArray()), timeout, timeout);
    }

    private static StatusClient client() throws Exception {
        return client(certs.caPem, FakeCallBridge.PASSWORD, Duration.ofSeconds(5));
    }

    private static ApiFailure failure(StatusClient client, CallBridgeApi api) {
        return assertThrows(ApiFailure.class, () -> client.callLegsActive(api));
    }

    @Test
    void readsCallLegsOverTlsTrustedThroughTheCustomCa() throws Exception {
        try (FakeCallBridge cb = new FakeCallBridge(certs.serverStore, 3);
                StatusClient client = client()) {
            assertEquals(3, client.callLegsActive(cb.api()));
        }
    }

    @Test
    void withoutTheCustomCaOrWithAnotherCaTheCertificateIsRefused() throws Exception {
        try (FakeCallBridge cb = new FakeCallBridge(certs.serverStore, 3)) {
            for (String ca : new String[] {"", certs.otherCaPem}) {
                try (StatusClient client = client(ca, FakeCallBridge.PASSWORD, Duration.ofSeconds(5))) {
                    ApiFailure f = failure(client, cb.api());
                    assertEquals(ApiFailure.Kind.TLS, f.getKind(), f.getMessage());
                }
            }
            assertEquals(0, cb.requests.get(), "no request reached a server whose certificate was refused");
        }
    }

    @Test
    void aCertificateForAnotherHostNameIsRefused() throws Exception {
        try (FakeCallBridge cb = new FakeCallBridge(certs.wrongNameStore, 3);
                StatusClient client = client()) {
            ApiFailure f = failure(client, cb.api());
            assertEquals(ApiFailure.Kind.TLS, f.getKind(), f.getMessage());
            assertEquals(0, cb.requests.get());
        }
    }

    @Test
    void aWrongPasswordIsUnauthorizedAndNeverShown() throws Exception {
        try (FakeCallBridge cb = new FakeCallBridge(certs.serverStore, 3);
                StatusClient client = client(certs.caPem, "Wrong-Pass-123", Duration.ofSeconds(5))) {
            ApiFailure f = failure(client, cb.api());
            assertEquals(ApiFailure.Kind.UNAUTHORIZED, f.getKind());
            assertTrue(f.getMessage().contains("HTTP 401") && f.getMessage().contains("API role"), f.getMessage());
            assertFalse(f.getMessage().contains("Wrong-Pass-123"));
        }
        ApiCredentials credentials = new ApiCredentials("apiuser", "S3cret".toCharArray());
        assertEquals("apiuser/******", credentials.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(credentials); // they travel to the node with the job, apart from the settings
        }
        assertFalse(
                new ActiveCallsSettings(
                                "https://cms1.example.com",
                                "",
                                0,
                                Duration.ZERO,
                                false,
                                Duration.ofSeconds(5),
                                ActiveCallsPoll.DEFAULT_POLL_INTERVAL)
                        .toString()
                        .contains("apiuser"),
                "the settings carry no credentials");
    }

    @Test
    void httpErrorsAndUnexpectedAnswersAreReportedWithTheirKind() throws Exception {
        try (FakeCallBridge cb = new FakeCallBridge(certs.serverStore);
                StatusClient client = client()) {
            cb.status = 500;
            assertEquals(ApiFailure.Kind.HTTP_ERROR, failure(client, cb.api()).getKind());
            cb.status = 200;
            cb.body = "<html><body>Login</body></html>";
            ApiFailure html = failure(client, cb.api());
            assertEquals(ApiFailure.Kind.BAD_RESPONSE, html.getKind());
            assertTrue(
                    html.getMessage().contains("no callLegsActive")
                            && html.getMessage().contains("Login"),
                    html.getMessage());
            cb.body = "not xml at all";
            assertTrue(failure(client, cb.api()).getMessage().contains("not XML"));
            cb.body = "<status><callLegsActive>many</callLegsActive></status>";
            assertTrue(failure(client, cb.api()).getMessage().contains("not a count"));
            cb.body = "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                    + "<status><callLegsActive>&x;</callLegsActive></status>";
            assertEquals(
                    ApiFailure.Kind.BAD_RESPONSE, failure(client, cb.api()).getKind(), "no DTDs, no external entities");
            cb.body = "<status><callLegsActive>" + "1".repeat(StatusClient.MAX_BODY) + "</callLegsActive></status>";
            assertTrue(failure(client, cb.api()).getMessage().contains("larger than"));
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutAndARefusedPortIsUnreachable() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                StatusClient client = client(certs.caPem, FakeCallBridge.PASSWORD, Duration.ofSeconds(1))) {
            List<Socket> accepted = new CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // accept, then say nothing
                    }
                } catch (Exception e) {
                    // closed at the end of the test
                }
            });
            acceptor.start();
            long start = System.nanoTime();
            ApiFailure f = failure(
                    client,
                    CallBridgeApi.parseList("https://127.0.0.1:" + silent.getLocalPort())
                            .get(0));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(ApiFailure.Kind.TIMEOUT, f.getKind(), f.getMessage());
            assertTrue(millis < 10_000, "gave up after " + millis + " ms");
            for (Socket s : accepted) {
                s.close();
            }
        }
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (StatusClient client = client()) {
            ApiFailure f = failure(
                    client,
                    CallBridgeApi.parseList("https://127.0.0.1:" + closedPort).get(0));
            assertEquals(ApiFailure.Kind.UNREACHABLE, f.getKind(), f.getMessage());
        }
    }

    private static ActiveCallsPoll poll(List<FakeCallBridge> bridges, int threshold, Duration wait, boolean fail) {
        List<CallBridgeApi> apis = new ArrayList<>();
        for (FakeCallBridge cb : bridges) {
            apis.add(cb.api());
        }
        return new ActiveCallsPoll(apis, threshold, wait, Duration.ofMillis(100), fail);
    }

    @Test
    void theConditionAllowsTheRestartWhenTheSumIsAtMostTheThreshold() throws Exception {
        try (FakeCallBridge a = new FakeCallBridge(certs.serverStore, 1);
                FakeCallBridge b = new FakeCallBridge(certs.serverStore, 1);
                StatusClient client = client()) {
            ActiveCallsReport r =
                    poll(List.of(a, b), 2, Duration.ZERO, false).check(client::callLegsActive, line -> {});
            assertEquals(ActiveCallsReport.Decision.CLEAR, r.decision());
            assertEquals(2, r.total());
            assertEquals(1, r.polls());
            assertTrue(r.restartAllowed());
            ActiveCallsReport busy =
                    poll(List.of(a, b), 1, Duration.ZERO, false).check(client::callLegsActive, line -> {});
            assertEquals(ActiveCallsReport.Decision.SKIPPED, busy.decision(), "1 + 1 is more than 1");
        }
    }

    @Test
    void theConditionWaitsUntilTheCallsEnd() throws Exception {
        try (FakeCallBridge a = new FakeCallBridge(certs.serverStore, 4, 2, 0);
                StatusClient client = client()) {
            List<String> console = new CopyOnWriteArrayList<>();
            ActiveCallsReport r =
                    poll(List.of(a), 0, Duration.ofMinutes(1), true).check(client::callLegsActive, console::add);
            assertEquals(ActiveCallsReport.Decision.CLEAR, r.decision());
            assertEquals(3, r.polls());
            assertEquals(2, console.size(), console.toString());
            assertTrue(console.get(0).contains("(total 4 > threshold 0); waiting up to"), console.get(0));
            assertTrue(r.summary().startsWith("CLEAR: 0 call legs active (threshold 0) after waiting"), r.summary());
        }
    }

    @Test
    void whenCallsStayTheConditionSkipsOrFailsAfterTheWait() throws Exception {
        try (FakeCallBridge a = new FakeCallBridge(certs.serverStore, 5);
                StatusClient client = client()) {
            // the call bridge answered in memory: how often it is asked depends on the interval, not on TLS
            ActiveCallsReport skipped =
                    poll(List.of(a), 0, Duration.ofSeconds(1), false).check(api -> 5, l -> {});
            assertEquals(ActiveCallsReport.Decision.SKIPPED, skipped.decision());
            assertTrue(skipped.polls() >= 3, "polls: " + skipped.polls());
            ActiveCallsReport failed = poll(List.of(a), 0, Duration.ZERO, true).check(client::callLegsActive, l -> {});
            assertEquals(ActiveCallsReport.Decision.FAILED, failed.decision());
            assertEquals(1, failed.polls());
            assertFalse(failed.restartAllowed());
        }
    }

    @Test
    void oneCallBridgeThatCannotBeAskedStopsTheRestart() throws Exception {
        try (FakeCallBridge good = new FakeCallBridge(certs.serverStore, 0);
                FakeCallBridge bad = new FakeCallBridge(certs.serverStore);
                StatusClient client = client()) {
            bad.status = 503;
            ActiveCallsReport r =
                    poll(List.of(good, bad), 10, Duration.ofMinutes(5), false).check(client::callLegsActive, l -> {});
            assertEquals(ActiveCallsReport.Decision.ERROR, r.decision());
            assertEquals(1, r.polls(), "no waiting on an error");
            assertEquals(0, r.readings().get(0).callLegsActive());
            assertNull(r.readings().get(1).callLegsActive());
            assertEquals("HTTP_ERROR", r.readings().get(1).failureKind());
            assertTrue(r.lines().get(2).contains("HTTP 503"), r.lines().toString());
        }
    }

    @Test
    void anInterruptWhileWaitingEndsThePollAtOnce() throws Exception {
        try (FakeCallBridge a = new FakeCallBridge(certs.serverStore, 9);
                StatusClient client = client()) {
            ActiveCallsPoll poll =
                    new ActiveCallsPoll(List.of(a.api()), 0, Duration.ofMinutes(30), Duration.ofSeconds(30), false);
            ActiveCallsReport[] result = new ActiveCallsReport[1];
            boolean[] flag = new boolean[1];
            Thread t = new Thread(() -> {
                result[0] = poll.check(client::callLegsActive, l -> {});
                flag[0] = Thread.currentThread().isInterrupted();
            });
            t.start();
            while (a.requests.get() == 0) {
                Thread.sleep(20);
            }
            Thread.sleep(200);
            long start = System.nanoTime();
            t.interrupt();
            t.join(5_000);
            assertFalse(t.isAlive());
            assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000);
            assertEquals(ActiveCallsReport.Decision.ABORTED, result[0].decision());
            assertTrue(flag[0], "the interrupt flag is set again for the caller");
        }
    }

    @Test
    void addressListsAreCheckedLineByLine() {
        List<CallBridgeApi> apis = CallBridgeApi.parseList("""
                # call bridges
                https://cms1.example.com:445
                https://CMS2.example.com, https://[2001:db8::5]:8443/
                https://cms1.example.com:445
                """);
        assertEquals(
                List.of("cms1.example.com:445", "cms2.example.com:443", "[2001:db8::5]:8443"),
                apis.stream().map(CallBridgeApi::display).toList());
        assertEquals(
                "https://[2001:db8::5]:8443/api/v1/system/status",
                apis.get(2).statusUri().toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CallBridgeApi.parseList("""
                http://cms1.example.com
                https://admin:pa/ss@cms2.example.com
                https://cms3.example.com/api
                https://cms4.example.com:70000
                cms5.example.com
                """));
        String m = e.getMessage();
        assertTrue(m.contains("line 1: 'http://cms1.example.com' must use https"), m);
        assertTrue(m.contains("line 2: has a user name or password in it (an '@'), which is not repeated here"), m);
        assertFalse(m.contains("pa/ss") || m.contains("admin") || m.contains("cms2"), m);
        assertTrue(m.contains("line 3:") && m.contains("must not have a path"), m);
        assertTrue(m.contains("line 4:"), m);
        assertTrue(m.contains("line 5: 'cms5.example.com' must be written https://host[:port]"), m);
        IllegalArgumentException none =
                assertThrows(IllegalArgumentException.class, () -> ActiveCallsSettings.parseApis(""));
        assertTrue(none.getMessage().startsWith("no address"), none.getMessage());
    }

    @Test
    void aLongListOfBadAddressesGivesABoundedMessage() {
        String text = "http://cms.example.com\n".repeat(5_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CallBridgeApi.parseList(text));
        assertTrue(e.getMessage().endsWith("; and 4980 more"), e.getMessage());
        assertTrue(
                e.getMessage().length() < 3_000, "message of " + e.getMessage().length() + " characters");
    }

    @Test
    void customCaTextIsValidatedUpFront() {
        assertEquals(1, CustomCa.parse(certs.caPem).size());
        assertEquals(2, CustomCa.parse(certs.caPem + "\n" + certs.otherCaPem).size());
        assertEquals(0, CustomCa.parse("  ").size());
        assertTrue(caProblem("hello").startsWith("no -----BEGIN CERTIFICATE-----"), caProblem("hello"));
        assertTrue(caProblem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----")
                .contains("certificate 1 cannot be read"));
        assertTrue(caProblem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----")
                .contains("private key"));
        ActiveCallsSettings.parseCustomCa(certs.caPem);
    }

    private static String caProblem(String pem) {
        return assertThrows(IllegalArgumentException.class, () -> ActiveCallsSettings.parseCustomCa(pem))
                .getMessage();
    }
}
