package io.jenkins.plugins.cmswebbridge.engine.activecalls;

import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Asks one call bridge's REST API for its active call legs: {@code GET /api/v1/system/status} over HTTPS
 * with HTTP Basic authentication, reading {@code callLegsActive} from the XML answer. The whole request,
 * body included, is bounded by the request timeout; the body by {@link #MAX_BODY} bytes. Every failure
 * becomes an {@link ApiFailure} with a kind and advice, never with the password.
 */
public final class StatusClient implements AutoCloseable {

    static final int MAX_BODY = 1 << 20;
    private static final int EXCERPT = 120;

    private final HttpClient http;
    private final ApiCredentials credentials;
    private final Duration requestTimeout;

    public StatusClient(SSLContext ssl, ApiCredentials credentials, Duration connectTimeout, Duration requestTimeout) {
        SSLParameters tls = ssl.getDefaultSSLParameters();
        tls.setEndpointIdentificationAlgorithm("HTTPS"); // host names checked whatever the JDK's switches say
        this.http = HttpClient.newBuilder()
                .sslContext(ssl)
                .sslParameters(tls)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.credentials = credentials;
        this.requestTimeout = requestTimeout;
    }

    /**
     * @return the call legs active on that call bridge
     * @throws ApiFailure when the API cannot tell, with the kind of failure
     * @throws InterruptedException when the calling thread is interrupted; the request is cancelled
     */
    public int callLegsActive(CallBridgeApi api) throws ApiFailure, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(api.statusUri())
                .timeout(requestTimeout)
                .header("Authorization", credentials.basicAuthorization())
                .header("Accept", "application/xml, text/xml")
                .GET()
                .build();
        CompletableFuture<HttpResponse<LimitedBody.Body>> future =
                http.sendAsync(request, LimitedBody.handler(MAX_BODY));
        HttpResponse<LimitedBody.Body> response;
        try {
            response = future.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ApiFailure(
                    ApiFailure.Kind.TIMEOUT, api + ": no complete answer within " + requestTimeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw failure(api, e.getCause());
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new ApiFailure(
                    ApiFailure.Kind.UNAUTHORIZED,
                    api + ": HTTP " + status + "; check the API user's name and password and that it has the API role");
        }
        if (status != 200) {
            throw new ApiFailure(
                    ApiFailure.Kind.HTTP_ERROR, api + ": HTTP " + status + " from " + CallBridgeApi.STATUS_PATH);
        }
        if (response.body().cut()) {
            throw new ApiFailure(ApiFailure.Kind.BAD_RESPONSE, api + ": answer larger than " + MAX_BODY + " bytes");
        }
        return parse(api, response.body().bytes());
    }

    static int parse(CallBridgeApi api, byte[] body) throws ApiFailure {
        Document doc;
        try {
            doc = builder().parse(new ByteArrayInputStream(body));
        } catch (SAXException | IOException e) {
            throw new ApiFailure(ApiFailure.Kind.BAD_RESPONSE, api + ": the answer is not XML: " + excerpt(body));
        }
        NodeList nodes = doc.getElementsByTagName("callLegsActive");
        if (nodes.getLength() == 0) {
            throw new ApiFailure(
                    ApiFailure.Kind.BAD_RESPONSE, api + ": no callLegsActive in the answer: " + excerpt(body));
        }
        String text = nodes.item(0).getTextContent().trim();
        try {
            int n = Integer.parseInt(text);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ApiFailure(
                    ApiFailure.Kind.BAD_RESPONSE, api + ": callLegsActive is not a count: '" + oneLine(text) + "'");
        }
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing
            return b;
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    private static ApiFailure failure(CallBridgeApi api, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return new ApiFailure(ApiFailure.Kind.TIMEOUT, api + ": connection timed out");
            }
            if (t instanceof HttpTimeoutException) {
                return new ApiFailure(ApiFailure.Kind.TIMEOUT, api + ": no answer in time");
            }
            if (t instanceof SSLException) {
                return new ApiFailure(
                        ApiFailure.Kind.TLS,
                        api + ": TLS failed (" + oneLine(String.valueOf(t.getMessage()))
                                + "); the certificate must be signed by a trusted or custom CA and name this host");
            }
            if (t instanceof ConnectException) {
                return new ApiFailure(
                        ApiFailure.Kind.UNREACHABLE, api + ": connection refused or no route to the host");
            }
            if (t instanceof UnknownHostException) {
                return new ApiFailure(ApiFailure.Kind.UNREACHABLE, api + ": unknown host");
            }
        }
        return new ApiFailure(ApiFailure.Kind.UNREACHABLE, api + ": " + oneLine(String.valueOf(cause)));
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, EXCERPT * 4), StandardCharsets.UTF_8);
        text = oneLine(text);
        return text.length() > EXCERPT ? text.substring(0, EXCERPT) + "..." : text;
    }

    /** Library and server text: sanitised by {@link Text} and bounded. */
    private static String oneLine(String text) {
        return Text.clip(text, 300);
    }

    @Override
    public void close() {
        http.close();
    }
}
