package io.jenkins.plugins.cmswebbridge.sim;

import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import java.time.Duration;

/** The engine settings the tests start from, so that each test states only what it is about. */
public final class TestSettings {

    private TestSettings() {}

    /**
     * For a run against healthy simulated MMPs or a local sshd: no retry, timeouts long enough for a loaded machine.
     */
    public static RestartSettings.Builder normal() {
        return RestartSettings.builder()
                .connectTimeout(Duration.ofSeconds(5))
                .commandTimeout(Duration.ofSeconds(30))
                .retries(0);
    }

    /** For fault tests: every timeout short, so that a fault is seen in seconds; no retry, a 20 ms backoff. */
    public static RestartSettings.Builder fast() {
        return RestartSettings.builder()
                .connectTimeout(Duration.ofSeconds(2))
                .kexTimeout(Duration.ofSeconds(2))
                .authTimeout(Duration.ofSeconds(5))
                .commandTimeout(Duration.ofSeconds(5))
                .retries(0)
                .retryBackoff(Duration.ofMillis(20));
    }
}
