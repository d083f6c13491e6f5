package io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast;

import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What the forecast of one web bridge calls for in one run ({@link ForecastRule#outlook}): restart now, not yet, or
 * unknown, with the forecast and one English line that says why. Serializable: it travels to the controller with the
 * session-leak decision.
 *
 * @param bridge the web bridge's syslog host name
 * @param note the growth per day, when the web bridge reaches 149 (or why that is unknown), and what it calls for
 */
public record Outlook(String bridge, Forecast forecast, Call call, String note) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a web bridge's forecast calls for. */
    public enum Call {
        /** It reaches the limit less the margin before the horizon ends, or is there already. */
        RESTART,
        /** It reaches it later. */
        NOT_YET,
        /** No usable forecast: too little data, no steady growth, or readings too old or ahead of the clock. */
        UNKNOWN
    }

    /** The web bridge's name as messages show it: from the logs, so on one line and without control characters. */
    public String shownName() {
        return Text.oneLine(bridge);
    }

    /** The console's line for it, under the session-leak figures. */
    public String line() {
        return "  " + shownName() + ": " + note;
    }

    /** Time from {@code now} to the day it reaches 149 (never negative), or {@code null} when that is not known. */
    public Duration untilLimit(Instant now) {
        Instant at = forecast.getReachesAt();
        if (call == Call.UNKNOWN || at == null) {
            return null;
        }
        return at.isBefore(now) ? Duration.ZERO : Duration.between(now, at);
    }
}
