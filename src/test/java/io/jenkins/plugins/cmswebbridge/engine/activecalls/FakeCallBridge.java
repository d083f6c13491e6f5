package io.jenkins.plugins.cmswebbridge.engine.activecalls;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A call bridge's status API over real TLS (the JDK's HTTPS server): checks HTTP Basic authentication and
 * answers {@code callLegsActive} from a queue (the last value repeats), or a fixed status and body.
 */
public final class FakeCallBridge implements AutoCloseable {

    public static final String USER = "apiuser";
    public static final String PASSWORD = "S3cret-Api-Pass";

    private final HttpsServer server;
    final ConcurrentLinkedQueue<Integer> legs = new ConcurrentLinkedQueue<>();
    public final AtomicInteger requests = new AtomicInteger();
    public volatile int status = 200;
    volatile String body;
    private volatile int last;

    public FakeCallBridge(Path store, int... callLegs) throws Exception {
        for (int n : callLegs) {
            legs.add(n);
        }
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(TestCertificates.serverContext(store)));
        server.createContext(CallBridgeApi.STATUS_PATH, exchange -> {
            requests.incrementAndGet();
            String expected = "Basic "
                    + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            int code;
            String answer;
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                code = 401;
                answer = "<failureDetails><authenticationFailure/></failureDetails>";
            } else if (body != null || status != 200) {
                code = status;
                answer = body == null ? "" : body;
            } else {
                Integer next = legs.poll();
                last = next == null ? last : next;
                code = 200;
                answer = "<?xml version=\"1.0\"?><status><softwareVersion>2.9.1</softwareVersion>"
                        + "<uptimeSeconds>8123</uptimeSeconds><activated>true</activated>"
                        + "<callLegsActive>" + last + "</callLegsActive><callLegsMaxActive>40</callLegsMaxActive>"
                        + "<callLegsCompleted>512</callLegsCompleted></status>";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    /** The API address by IP, as the certificate for 127.0.0.1 names it. */
    public String address() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    CallBridgeApi api() {
        return CallBridgeApi.parseList(address()).get(0);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
