package io.jenkins.plugins.cmswebbridge.engine.restart;

import io.jenkins.plugins.cmswebbridge.engine.problem.InvalidValueException;
import io.jenkins.plugins.cmswebbridge.engine.problem.ProblemCode;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import java.util.Locale;

/**
 * The web bridge service whose MMP commands are run. Web Bridge 2 ({@code webbridge}) is the one that leaks
 * sessions (CSCvt73723); Web Bridge 3 ({@code webbridge3}, CMS 2.9 and later) is offered for mixed fleets.
 */
public enum WebBridgeService {
    WEBBRIDGE("webbridge", "Webbridge"),
    WEBBRIDGE3("webbridge3", "Webbridge3");

    private final String command;
    private final String logName;

    WebBridgeService(String command, String logName) {
        this.command = command;
        this.logName = logName;
    }

    /** The MMP command word, {@code webbridge} or {@code webbridge3}. */
    public String command() {
        return command;
    }

    /** The MMP command that restarts the service. */
    public String restartCommand() {
        return command + " restart";
    }

    /** The MMP command that prints the service's configuration, including its {@code Enabled} line. */
    public String statusCommand() {
        return command;
    }

    /** The capitalised name the restart log uses, as in {@code Webbridge on server: ...}. */
    public String logName() {
        return logName;
    }

    /**
     * @param value {@code webbridge} or {@code webbridge3}, any case
     * @throws InvalidValueException naming the value and the accepted values
     */
    public static WebBridgeService fromCommand(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (WebBridgeService s : values()) {
            if (s.command.equals(v) || s.name().toLowerCase(Locale.ROOT).equals(v)) {
                return s;
            }
        }
        throw new InvalidValueException(ProblemCode.SERVICE_UNKNOWN, Text.clip(value, 80));
    }
}
