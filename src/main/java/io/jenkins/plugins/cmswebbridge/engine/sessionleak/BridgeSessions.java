package io.jenkins.plugins.cmswebbridge.engine.sessionleak;

import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.Forecast;
import java.io.Serializable;
import java.time.Instant;

/**
 * The latest statistics of one CMS server (syslog host): its web bridge's active sessions and its call
 * bridge's CMA sessions, each {@code null} when the logs hold no such line for it. A combined server has both. A
 * web bridge also has the forecast of when it reaches the 149-session limit.
 */
public final class BridgeSessions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String host;
    private final Integer webBridgeActive;
    private final Instant webBridgeAt;
    private final Integer cmaActive;
    private final Integer cmaPeak;
    private final Instant cmaAt;
    private final Forecast forecast;

    BridgeSessions(String host, StatsLine.WebBridge web, StatsLine.CallBridge call, Forecast forecast) {
        this.host = host;
        this.webBridgeActive = web == null ? null : web.active();
        this.webBridgeAt = web == null ? null : web.time();
        this.cmaActive = call == null ? null : call.cmaActive();
        this.cmaPeak = call == null ? null : call.cmaPeak();
        this.cmaAt = call == null ? null : call.time();
        this.forecast = forecast;
    }

    public String getHost() {
        return host;
    }

    /** Active sessions of the latest web bridge {@code [DEBUGGING] Stats} line. */
    public Integer getWebBridgeActive() {
        return webBridgeActive;
    }

    public Instant getWebBridgeAt() {
        return webBridgeAt;
    }

    /** Active CMA sessions of the latest call bridge {@code STATS:} line. */
    public Integer getCmaActive() {
        return cmaActive;
    }

    /** Peak CMA sessions over the 5 minutes before that line. */
    public Integer getCmaPeak() {
        return cmaPeak;
    }

    public Instant getCmaAt() {
        return cmaAt;
    }

    /** When this web bridge is expected to reach 149 sessions, from its readings; {@code null} for a call bridge. */
    public Forecast getForecast() {
        return forecast;
    }
}
