package io.jenkins.plugins.cmswebbridge;

import io.jenkins.plugins.cmswebbridge.engine.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.HostList;
import io.jenkins.plugins.cmswebbridge.engine.HostListException;
import io.jenkins.plugins.cmswebbridge.engine.HostListParser;
import io.jenkins.plugins.cmswebbridge.engine.JsonReportWriter;
import io.jenkins.plugins.cmswebbridge.engine.RestartLogWriter;
import io.jenkins.plugins.cmswebbridge.engine.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.WebBridgeService;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the administrator configured on the build step or the pipeline step, as typed, and its
 * translation into the engine's validated settings. Plain Java: the build step and the pipeline step
 * both delegate their fields here, so that both validate and default in exactly the same way.
 *
 * <p>Numbers are {@code Integer}s: {@code null} (an empty form field, or an argument left out) and
 * {@code 0} both mean the default, never "no timeout".
 */
public final class RestartParameters implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DEFAULT_PORT = HostAddress.DEFAULT_SSH_PORT;
    public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = (int) RestartSettings.DEFAULT_CONNECT_TIMEOUT.toSeconds();
    public static final int DEFAULT_COMMAND_TIMEOUT_SECONDS = (int) RestartSettings.DEFAULT_COMMAND_TIMEOUT.toSeconds();
    public static final int MAX_TIMEOUT_SECONDS = 3600;
    public static final String DEFAULT_SERVICE = WebBridgeService.WEBBRIDGE.command();
    public static final String DEFAULT_LOG_FILE_NAME = RestartLogWriter.DEFAULT_FILE_NAME;

    /** The build result when at least one host fails. */
    public enum ResultOnFailure {
        FAILURE,
        UNSTABLE;

        /** @throws IllegalArgumentException naming the field */
        public static ResultOnFailure parse(String value) {
            if (value == null || value.isBlank()) {
                return FAILURE;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "resultOnFailure: '" + value
                                + "' is not a build result this step can set; use 'FAILURE' or 'UNSTABLE'",
                        e);
            }
        }
    }

    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private final String hosts;
    private final String credentialsId;
    private String service;
    private Integer defaultPort;
    private Integer connectTimeout;
    private Integer commandTimeout;
    private Integer retries;
    private Integer parallelism;
    private boolean stopOnFirstFailure;
    private boolean verifyAfterRestart = true;
    private String resultOnFailure;
    private String logFileName;
    private boolean dryRun;
    private boolean resendRestart;
    private boolean acceptUnconfirmed;

    public RestartParameters(String hosts, String credentialsId) {
        this.hosts = hosts == null ? "" : hosts;
        this.credentialsId = credentialsId == null ? "" : credentialsId.trim();
    }

    public String getHosts() {
        return hosts;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    public String getService() {
        return service == null ? DEFAULT_SERVICE : service;
    }

    public void setService(String service) {
        this.service = blankToNull(service);
    }

    public Integer getDefaultPort() {
        return defaultPort;
    }

    public void setDefaultPort(Integer defaultPort) {
        this.defaultPort = zeroToNull(defaultPort);
    }

    public Integer getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Integer connectTimeout) {
        this.connectTimeout = zeroToNull(connectTimeout);
    }

    public Integer getCommandTimeout() {
        return commandTimeout;
    }

    public void setCommandTimeout(Integer commandTimeout) {
        this.commandTimeout = zeroToNull(commandTimeout);
    }

    /** Retries after a connection failure; {@code null} for the default (1), {@code 0} for none. */
    public Integer getRetries() {
        return retries;
    }

    public void setRetries(Integer retries) {
        this.retries = retries;
    }

    public Integer getParallelism() {
        return parallelism;
    }

    public void setParallelism(Integer parallelism) {
        this.parallelism = zeroToNull(parallelism);
    }

    public boolean isStopOnFirstFailure() {
        return stopOnFirstFailure;
    }

    public void setStopOnFirstFailure(boolean stopOnFirstFailure) {
        this.stopOnFirstFailure = stopOnFirstFailure;
    }

    public boolean isVerifyAfterRestart() {
        return verifyAfterRestart;
    }

    public void setVerifyAfterRestart(boolean verifyAfterRestart) {
        this.verifyAfterRestart = verifyAfterRestart;
    }

    public String getResultOnFailure() {
        return resultOnFailure == null ? ResultOnFailure.FAILURE.name() : resultOnFailure;
    }

    public void setResultOnFailure(String resultOnFailure) {
        this.resultOnFailure = blankToNull(resultOnFailure);
    }

    public String getLogFileName() {
        return logFileName == null ? DEFAULT_LOG_FILE_NAME : logFileName;
    }

    public void setLogFileName(String logFileName) {
        this.logFileName = blankToNull(logFileName);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean isResendRestart() {
        return resendRestart;
    }

    public void setResendRestart(boolean resendRestart) {
        this.resendRestart = resendRestart;
    }

    public boolean isAcceptUnconfirmed() {
        return acceptUnconfirmed;
    }

    public void setAcceptUnconfirmed(boolean acceptUnconfirmed) {
        this.acceptUnconfirmed = acceptUnconfirmed;
    }

    /** A copy with another host list, e.g. after the build's variables were expanded in it. */
    public RestartParameters withHosts(String expandedHosts) {
        RestartParameters copy = new RestartParameters(expandedHosts, credentialsId);
        copy.service = service;
        copy.defaultPort = defaultPort;
        copy.connectTimeout = connectTimeout;
        copy.commandTimeout = commandTimeout;
        copy.retries = retries;
        copy.parallelism = parallelism;
        copy.stopOnFirstFailure = stopOnFirstFailure;
        copy.verifyAfterRestart = verifyAfterRestart;
        copy.resultOnFailure = resultOnFailure;
        copy.logFileName = logFileName;
        copy.dryRun = dryRun;
        copy.resendRestart = resendRestart;
        copy.acceptUnconfirmed = acceptUnconfirmed;
        return copy;
    }

    // ---- validation and translation -------------------------------------------------------------

    /**
     * Every problem with the configuration, each naming its field; empty when it can run. Checked before
     * any connection is made, and by the form validation.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (credentialsId.isEmpty()) {
            problems.add("credentialsId: required; choose the SSH credentials of the MMP user");
        }
        collect(problems, () -> hostList());
        collect(problems, () -> toSettings());
        collect(problems, () -> ResultOnFailure.parse(resultOnFailure));
        collect(problems, () -> checkLogFileName(logFileName));
        return problems;
    }

    /**
     * @throws IllegalArgumentException with every problem, each naming its field
     */
    public void validate() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
    }

    /** The parsed hosts. @throws IllegalArgumentException naming the field, with the line of every bad entry */
    public HostList hostList() {
        int port = effectivePort();
        try {
            return HostListParser.parse(hosts, port);
        } catch (HostListException e) {
            throw new IllegalArgumentException("hosts: " + HostListException.summary(e.getProblems()), e);
        }
    }

    /** The engine settings. @throws IllegalArgumentException naming the bad field */
    public RestartSettings toSettings() {
        int connect = orDefault(connectTimeout, DEFAULT_CONNECT_TIMEOUT_SECONDS);
        int command = orDefault(commandTimeout, DEFAULT_COMMAND_TIMEOUT_SECONDS);
        checkRange("connectTimeout", connect, 1, MAX_TIMEOUT_SECONDS, " seconds");
        checkRange("commandTimeout", command, 1, MAX_TIMEOUT_SECONDS, " seconds");
        int retryCount = retries == null ? RestartSettings.DEFAULT_RETRIES : retries;
        if (retryCount < 0 || retryCount > RestartSettings.MAX_RETRIES) {
            throw new IllegalArgumentException("retries: must be between 0 and " + RestartSettings.MAX_RETRIES
                    + " (0: no retry; empty for the default, " + RestartSettings.DEFAULT_RETRIES + "), was "
                    + retryCount);
        }
        int workers = orDefault(parallelism, RestartSettings.DEFAULT_PARALLELISM);
        checkRange("parallelism", workers, 1, RestartSettings.MAX_PARALLELISM, "");
        return RestartSettings.builder()
                .service(WebBridgeService.fromCommand(getService()))
                .connectTimeout(Duration.ofSeconds(connect))
                .commandTimeout(Duration.ofSeconds(command))
                .retries(retryCount)
                .parallelism(workers)
                .stopOnFirstFailure(stopOnFirstFailure)
                .verifyAfterRestart(verifyAfterRestart)
                .dryRun(dryRun)
                .resendRestart(resendRestart)
                .acceptUnconfirmed(acceptUnconfirmed)
                .build();
    }

    public ResultOnFailure resultOnFailure() {
        return ResultOnFailure.parse(resultOnFailure);
    }

    public int effectivePort() {
        int port = orDefault(defaultPort, DEFAULT_PORT);
        checkRange("defaultPort", port, 1, 65535, "");
        return port;
    }

    /** The restart log's artifact name. @throws IllegalArgumentException naming the field */
    public String logArtifactName() {
        return checkLogFileName(logFileName);
    }

    /**
     * The JSON report's artifact name: the default one next to the default log, otherwise the log's
     * name with {@code .json} instead of its extension, so that two steps with two log names in one
     * build keep two reports.
     */
    public String jsonArtifactName() {
        String log = logArtifactName();
        if (log.equals(DEFAULT_LOG_FILE_NAME)) {
            return JsonReportWriter.DEFAULT_FILE_NAME;
        }
        int dot = log.lastIndexOf('.');
        String base = dot > 0 ? log.substring(0, dot) : log;
        String json = base + ".json";
        return json.equals(log) ? base + "-report.json" : json;
    }

    static String checkLogFileName(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LOG_FILE_NAME;
        }
        String name = value.trim();
        if (!SAFE_FILE_NAME.matcher(name).matches() || name.startsWith(".")) {
            throw new IllegalArgumentException("logFileName: '" + value + "' is not a plain file name; use letters,"
                    + " digits, '.', '_' and '-' only, at most 128 characters, no directory and no leading dot");
        }
        return name;
    }

    /** Checks the retries as typed in a form: empty for the default, 0 for no retry (unlike the other numbers). */
    public static String checkRetries(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 0 && n <= RestartSettings.MAX_RETRIES) {
                return null;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return Messages.Form_RetriesRange(RestartSettings.MAX_RETRIES);
    }

    /** Checks one number field as typed in a form: empty and 0 mean the default. */
    public static String checkNumber(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return field + ": '" + value.trim() + "' is not a whole number";
        }
        if (n == 0) {
            return null;
        }
        if (n < min || n > max) {
            return field + ": must be between " + min + " and " + max + " (0 or empty for the default), was " + n;
        }
        return null;
    }

    private static void checkRange(String field, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": must be between " + min + " and " + max + unit
                    + " (0 or empty for the default), was " + value);
        }
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null || value == 0 ? fallback : value;
    }

    private static Integer zeroToNull(Integer value) {
        return value == null || value == 0 ? null : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void collect(List<String> problems, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
    }
}
