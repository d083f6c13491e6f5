package io.jenkins.plugins.cmswebbridge.engine.activecalls;

import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemIOException;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import java.io.IOException;
import java.io.Serializable;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The active-calls condition as it travels to the node that runs the build: the call bridges' API addresses, the
 * extra CA certificates, the threshold, the wait, what to do when calls stay active, and the API timeouts. Typed and
 * validated when built (see {@link #parseApis} and {@link #parseCustomCa} for the checks the glue runs on each field);
 * the API user's password is not here, it travels with the job and is wiped after the run.
 */
public final class ActiveCallsSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_CALL_LEGS = 100_000;
    public static final int MAX_WAIT_MINUTES = 1440;
    /** Time allowed to open the connection to a call bridge's API. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Time allowed for one API request, answer included; its own setting, not the SSH command timeout. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** The longest request timeout that can be set. */
    public static final Duration MAX_REQUEST_TIMEOUT = Duration.ofMinutes(10);

    private final String apis;
    private final String customCa;
    private final int maxCallLegs;
    private final Duration wait;
    private final boolean failWhenBusy;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Duration pollInterval;

    /**
     * @param apis one or more API addresses, as {@link #parseApis} accepts them
     * @param customCa PEM certificates trusted in addition to the JDK's, as {@link #parseCustomCa} accepts them, or
     *     empty
     * @param pollInterval how long to wait between two questions while the call bridges are busy (tests and demos
     *     shorten it)
     * @throws IllegalArgumentException when a value is out of its range or an address list or CA text is unusable
     */
    public ActiveCallsSettings(
            String apis,
            String customCa,
            int maxCallLegs,
            Duration wait,
            boolean failWhenBusy,
            Duration requestTimeout,
            Duration pollInterval) {
        parseApis(apis);
        parseCustomCa(customCa);
        if (maxCallLegs < 0 || maxCallLegs > MAX_CALL_LEGS) {
            throw new IllegalArgumentException("maxCallLegs out of range: " + maxCallLegs);
        }
        if (wait.isNegative() || wait.compareTo(Duration.ofMinutes(MAX_WAIT_MINUTES)) > 0) {
            throw new IllegalArgumentException("wait out of range: " + wait);
        }
        if (requestTimeout.isNegative()
                || requestTimeout.isZero()
                || requestTimeout.compareTo(MAX_REQUEST_TIMEOUT) > 0) {
            throw new IllegalArgumentException("request timeout out of range: " + requestTimeout);
        }
        this.apis = apis;
        this.customCa = customCa == null ? "" : customCa;
        this.maxCallLegs = maxCallLegs;
        this.wait = Objects.requireNonNull(wait);
        this.failWhenBusy = failWhenBusy;
        this.connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        this.requestTimeout = requestTimeout;
        this.pollInterval = Objects.requireNonNull(pollInterval);
    }

    /**
     * The address list.
     *
     * @throws io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException listing every bad entry with its line
     *     number
     */
    public static List<CallBridgeApi> parseApis(String apis) {
        return CallBridgeApi.parseList(apis);
    }

    /**
     * The extra CA certificates.
     *
     * @throws io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException saying what is wrong with the text
     */
    public static void parseCustomCa(String pem) {
        CustomCa.parse(pem);
    }

    public int getMaxCallLegs() {
        return maxCallLegs;
    }

    public Duration getWait() {
        return wait;
    }

    public boolean isFailWhenBusy() {
        return failWhenBusy;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * Asks the call bridges as {@code credentials} and waits as configured; see {@link ActiveCallsPoll#check}.
     *
     * @throws IOException when the TLS set-up itself fails on this node (a {@link ProblemIOException})
     */
    public ActiveCallsReport check(ApiCredentials credentials, Consumer<String> console) throws IOException {
        try (StatusClient client = new StatusClient(
                CustomCa.sslContext(CustomCa.parse(customCa)), credentials, connectTimeout, requestTimeout)) {
            return new ActiveCallsPoll(parseApis(apis), maxCallLegs, wait, pollInterval, failWhenBusy)
                    .check(client::callLegsActive, console);
        } catch (GeneralSecurityException e) {
            throw new ProblemIOException(
                    ValueProblem.of(ProblemCode.ACTIVE_CALLS_TLS, Text.clip(e.getMessage(), 200)), e);
        }
    }

    @Override
    public String toString() {
        return "active-calls condition on " + apis.strip().replaceAll("\\s+", ", ");
    }
}
