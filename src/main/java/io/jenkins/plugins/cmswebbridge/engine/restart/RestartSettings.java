package io.jenkins.plugins.cmswebbridge.engine.restart;

import io.jenkins.plugins.cmswebbridge.engine.ssh.SshTimeouts;
import java.io.Serializable;
import java.time.Duration;

/**
 * Validated options of one fleet restart. Immutable and serializable, so that it can travel to the agent
 * that runs the build. Build one with {@link #builder()}; {@link Builder#build()} checks every field and
 * names the bad one in its message.
 */
public final class RestartSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Duration DEFAULT_CONNECT_TIMEOUT = SshTimeouts.DEFAULT_CONNECT;
    public static final Duration DEFAULT_KEX_TIMEOUT = SshTimeouts.DEFAULT_KEX;
    public static final Duration DEFAULT_AUTH_TIMEOUT = SshTimeouts.DEFAULT_AUTH;
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(120);
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofSeconds(5);
    public static final int DEFAULT_RETRIES = 1;
    public static final int DEFAULT_PARALLELISM = 1;
    /** Whether the status command runs after a restart to confirm it: on unless switched off. */
    public static final boolean DEFAULT_VERIFY_AFTER_RESTART = true;

    public static final int DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024;

    public static final int MAX_RETRIES = 10;
    public static final int MAX_PARALLELISM = 64;
    public static final Duration MAX_TIMEOUT = SshTimeouts.MAX_TIMEOUT;

    private final WebBridgeService service;
    private final Duration connectTimeout;
    private final Duration kexTimeout;
    private final Duration authTimeout;
    private final Duration commandTimeout;
    private final int retries;
    private final Duration retryBackoff;
    private final int parallelism;
    private final boolean stopOnFirstFailure;
    private final boolean verifyAfterRestart;
    private final boolean dryRun;
    private final boolean resendRestart;
    private final boolean acceptUnconfirmed;
    private final int maxOutputBytes;

    private RestartSettings(Builder b) {
        service = b.service;
        connectTimeout = b.connectTimeout;
        kexTimeout = b.kexTimeout;
        authTimeout = b.authTimeout;
        commandTimeout = b.commandTimeout;
        retries = b.retries;
        retryBackoff = b.retryBackoff;
        parallelism = b.parallelism;
        stopOnFirstFailure = b.stopOnFirstFailure;
        verifyAfterRestart = b.verifyAfterRestart;
        dryRun = b.dryRun;
        resendRestart = b.resendRestart;
        acceptUnconfirmed = b.acceptUnconfirmed;
        maxOutputBytes = b.maxOutputBytes;
    }

    public static Builder builder() {
        return new Builder();
    }

    public WebBridgeService getService() {
        return service;
    }

    /** Time allowed for the TCP connection to open. */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /** Time allowed for the SSH banner and key exchange, counted from the start of the connection. */
    public Duration getKexTimeout() {
        return kexTimeout;
    }

    /** Time allowed for authentication. */
    public Duration getAuthTimeout() {
        return authTimeout;
    }

    /** Time allowed for each MMP command, from exec until the channel closes. */
    /** The connect, key exchange and authentication timeouts together. */
    public SshTimeouts sshTimeouts() {
        return new SshTimeouts(connectTimeout, kexTimeout, authTimeout);
    }

    public Duration getCommandTimeout() {
        return commandTimeout;
    }

    /** Extra attempts after a connection failure or a timeout; never after an authentication failure. */
    public int getRetries() {
        return retries;
    }

    /** Wait before the first retry; doubled for each further one. */
    public Duration getRetryBackoff() {
        return retryBackoff;
    }

    /** Hosts worked on at once; 1 is a rolling restart. */
    public int getParallelism() {
        return parallelism;
    }

    public boolean isStopOnFirstFailure() {
        return stopOnFirstFailure;
    }

    public boolean isVerifyAfterRestart() {
        return verifyAfterRestart;
    }

    /** Connect, authenticate and run the status command only; restart nothing. */
    public boolean isDryRun() {
        return dryRun;
    }

    /**
     * Whether a retry may send the restart command again after a timeout or a lost connection that came after it
     * was sent (the MMP may then restart twice). Off by default: such a host's state is reported as unknown.
     */
    public boolean isResendRestart() {
        return resendRestart;
    }

    /** Whether a restart that the MMP did not confirm ({@code Outcome.UNCONFIRMED}) counts as fine. Off by default. */
    public boolean isAcceptUnconfirmed() {
        return acceptUnconfirmed;
    }

    /** Output kept per command; the rest is counted, not kept. */
    public int getMaxOutputBytes() {
        return maxOutputBytes;
    }

    /** Fluent builder; defaults are a rolling restart of {@code webbridge} with one retry. */
    public static final class Builder {
        private WebBridgeService service = WebBridgeService.WEBBRIDGE;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration kexTimeout = DEFAULT_KEX_TIMEOUT;
        private Duration authTimeout = DEFAULT_AUTH_TIMEOUT;
        private Duration commandTimeout = DEFAULT_COMMAND_TIMEOUT;
        private int retries = DEFAULT_RETRIES;
        private Duration retryBackoff = DEFAULT_RETRY_BACKOFF;
        private int parallelism = DEFAULT_PARALLELISM;
        private boolean stopOnFirstFailure;
        private boolean verifyAfterRestart = DEFAULT_VERIFY_AFTER_RESTART;
        private boolean dryRun;
        private boolean resendRestart;
        private boolean acceptUnconfirmed;
        private int maxOutputBytes = DEFAULT_MAX_OUTPUT_BYTES;

        private Builder() {}

        public Builder service(WebBridgeService value) {
            service = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        public Builder kexTimeout(Duration value) {
            kexTimeout = value;
            return this;
        }

        public Builder authTimeout(Duration value) {
            authTimeout = value;
            return this;
        }

        public Builder commandTimeout(Duration value) {
            commandTimeout = value;
            return this;
        }

        public Builder retries(int value) {
            retries = value;
            return this;
        }

        public Builder retryBackoff(Duration value) {
            retryBackoff = value;
            return this;
        }

        public Builder parallelism(int value) {
            parallelism = value;
            return this;
        }

        public Builder stopOnFirstFailure(boolean value) {
            stopOnFirstFailure = value;
            return this;
        }

        public Builder verifyAfterRestart(boolean value) {
            verifyAfterRestart = value;
            return this;
        }

        public Builder dryRun(boolean value) {
            dryRun = value;
            return this;
        }

        public Builder resendRestart(boolean value) {
            resendRestart = value;
            return this;
        }

        public Builder acceptUnconfirmed(boolean value) {
            acceptUnconfirmed = value;
            return this;
        }

        public Builder maxOutputBytes(int value) {
            maxOutputBytes = value;
            return this;
        }

        /** @throws IllegalArgumentException naming the first bad field and what is wrong with its value */
        public RestartSettings build() {
            if (service == null) {
                throw new IllegalArgumentException("service: must be set (webbridge or webbridge3)");
            }
            new SshTimeouts(connectTimeout, kexTimeout, authTimeout);
            SshTimeouts.check("commandTimeout", commandTimeout);
            if (retries < 0 || retries > MAX_RETRIES) {
                throw new IllegalArgumentException(
                        "retries: must be between 0 and " + MAX_RETRIES + ", was " + retries);
            }
            if (retryBackoff == null
                    || retryBackoff.isNegative()
                    || retryBackoff.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException(
                        "retryBackoff: must be between 0 and 10 minutes, was " + retryBackoff);
            }
            if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
                throw new IllegalArgumentException(
                        "parallelism: must be between 1 and " + MAX_PARALLELISM + ", was " + parallelism);
            }
            if (maxOutputBytes < 1024 || maxOutputBytes > 16 * 1024 * 1024) {
                throw new IllegalArgumentException(
                        "maxOutputBytes: must be between 1 KiB and 16 MiB, was " + maxOutputBytes);
            }
            return new RestartSettings(this);
        }
    }
}
