package io.jenkins.plugins.cmswebbridge.engine.activecalls;

import io.jenkins.plugins.cmswebbridge.engine.Text;
import java.io.IOException;
import java.io.Serializable;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javax.security.auth.Destroyable;

/**
 * The active-call guard as it travels to the node that runs the build: the call bridges' API addresses,
 * the extra CA certificates, the API user, the threshold, the wait and what to do when calls stay active.
 */
public final class ActiveCallsSettings implements Serializable, Destroyable {

    private static final long serialVersionUID = 1L;

    private final String apis;
    private final String customCa;
    private final ApiCredentials credentials;
    private final int maxCallLegs;
    private final int waitMinutes;
    private final boolean failWhenBusy;
    private final int connectTimeoutSeconds;
    private final int requestTimeoutSeconds;
    private Duration pollInterval = ActiveCallsCheck.DEFAULT_POLL_INTERVAL;

    public ActiveCallsSettings(
            String apis,
            String customCa,
            String username,
            char[] password,
            int maxCallLegs,
            int waitMinutes,
            boolean failWhenBusy,
            int connectTimeoutSeconds,
            int requestTimeoutSeconds) {
        this.apis = apis;
        this.customCa = customCa;
        this.credentials = new ApiCredentials(username, password);
        this.maxCallLegs = maxCallLegs;
        this.waitMinutes = waitMinutes;
        this.failWhenBusy = failWhenBusy;
        this.connectTimeoutSeconds = connectTimeoutSeconds;
        this.requestTimeoutSeconds = requestTimeoutSeconds;
    }

    /** Asks more often than every 30 s (tests and demos). */
    public ActiveCallsSettings withPollInterval(Duration value) {
        pollInterval = value;
        return this;
    }

    /** What is wrong with the API list (naming the field), or {@code null}. */
    public static String checkApis(String apis) {
        try {
            CallBridgeApi.parseList(apis);
            return null;
        } catch (IllegalArgumentException e) {
            return "activeCalls.apis: " + e.getMessage();
        }
    }

    /** What is wrong with the custom CA text (naming the field), or {@code null}. */
    public static String checkCustomCa(String pem) {
        try {
            CustomCa.parse(pem);
            return null;
        } catch (IllegalArgumentException e) {
            return "activeCalls.customCa: " + e.getMessage();
        }
    }

    /**
     * Asks the call bridges and waits as configured; see {@link ActiveCallsCheck#check}.
     *
     * @throws IOException when the TLS set-up itself fails on this node
     */
    public ActiveCallsReport check(Consumer<String> console) throws IOException {
        List<CallBridgeApi> list = CallBridgeApi.parseList(apis);
        try (StatusClient client = new StatusClient(
                CustomCa.sslContext(CustomCa.parse(customCa)),
                credentials,
                Duration.ofSeconds(connectTimeoutSeconds),
                Duration.ofSeconds(requestTimeoutSeconds))) {
            return new ActiveCallsCheck(list, maxCallLegs, Duration.ofMinutes(waitMinutes), pollInterval, failWhenBusy)
                    .check(client::callLegsActive, console);
        } catch (GeneralSecurityException e) {
            throw new IOException(
                    "activeCalls: TLS cannot be set up on this node: " + Text.clip(e.getMessage(), 200), e);
        }
    }

    /** Wipes the API password once the run is over. */
    @Override
    public void destroy() {
        credentials.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return credentials.isDestroyed();
    }

    @Override
    public String toString() {
        return "active-call guard on " + apis.strip().replaceAll("\\s+", ", ") + " as " + credentials;
    }
}
