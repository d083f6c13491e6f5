package io.jenkins.plugins.cmswebbridge.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.ssh.FailureKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The retry rules as a table: which failures are tried again, how often, and never a second restart by accident. */
class RetryPolicyTest {

    private static final Set<FailureKind> RETRYABLE = EnumSet.of(
            FailureKind.CONNECTION_REFUSED,
            FailureKind.CONNECT_TIMEOUT,
            FailureKind.HANDSHAKE_TIMEOUT,
            FailureKind.CONNECTION_FAILED,
            FailureKind.COMMAND_TIMEOUT,
            FailureKind.DISCONNECTED);

    private static RetryPolicy policy(int retries, boolean resendRestart) {
        return new RetryPolicy(RestartSettings.builder()
                .retries(retries)
                .resendRestart(resendRestart)
                .retryBackoff(Duration.ofSeconds(5))
                .build());
    }

    @Test
    void onlyNetworkFailuresAndTimeoutsAreRetried() {
        RetryPolicy policy = policy(2, false);
        for (FailureKind kind : FailureKind.values()) {
            assertEquals(RETRYABLE.contains(kind), policy.shouldRetry(kind, 1, false), kind.name());
        }
    }

    @Test
    void retriesStopAfterTheConfiguredNumber() {
        RetryPolicy policy = policy(2, false);
        assertTrue(policy.shouldRetry(FailureKind.CONNECT_TIMEOUT, 1, false));
        assertTrue(policy.shouldRetry(FailureKind.CONNECT_TIMEOUT, 2, false));
        assertFalse(policy.shouldRetry(FailureKind.CONNECT_TIMEOUT, 3, false));
        assertFalse(policy(0, false).shouldRetry(FailureKind.CONNECT_TIMEOUT, 1, false));
    }

    @Test
    void onlyATimeoutOrALostConnectionAfterTheRestartWasSentLeavesTheStateUnknown() {
        for (FailureKind kind : FailureKind.values()) {
            boolean expected = kind == FailureKind.COMMAND_TIMEOUT || kind == FailureKind.DISCONNECTED;
            assertEquals(expected, RetryPolicy.leavesStateUnknown(kind, true), kind.name());
            assertFalse(RetryPolicy.leavesStateUnknown(kind, false), kind.name());
        }
    }

    @Test
    void anUnknownStateIsRetriedOnlyWhenTheSettingsAskToResendTheRestart() {
        assertFalse(policy(2, false).shouldRetry(FailureKind.COMMAND_TIMEOUT, 1, true));
        assertFalse(policy(2, false).shouldRetry(FailureKind.DISCONNECTED, 1, true));
        assertTrue(policy(2, true).shouldRetry(FailureKind.COMMAND_TIMEOUT, 1, true));
        assertTrue(policy(2, true).shouldRetry(FailureKind.DISCONNECTED, 1, true));
        assertFalse(policy(2, true).shouldRetry(FailureKind.DISCONNECTED, 3, true));
    }

    /** The wait after each failed attempt, from a configured 5 s; MAX stands for {@link RetryPolicy#MAX_BACKOFF}. */
    @ParameterizedTest(name = "after failed attempt {0}: {1}")
    @CsvSource({"1, PT5S", "2, PT10S", "3, PT20S", "5, PT80S", "6, PT2M", "10, MAX", "100, MAX"})
    void backoffDoublesFromTheConfiguredWaitUpToTwoMinutes(int failedAttempt, String expected) {
        Duration wait = expected.equals("MAX") ? RetryPolicy.MAX_BACKOFF : Duration.parse(expected);
        assertEquals(wait, policy(10, false).backoff(failedAttempt));
    }
}
