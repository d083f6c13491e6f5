package io.jenkins.plugins.cmswebbridge.fields;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.util.FormValidation;
import io.jenkins.plugins.cmswebbridge.engine.activecalls.ActiveCallsSettings;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostAddress;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostList;
import io.jenkins.plugins.cmswebbridge.engine.hosts.HostListParser;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.problem.ValueProblem;
import io.jenkins.plugins.cmswebbridge.engine.report.RestartLogWriter;
import io.jenkins.plugins.cmswebbridge.engine.restart.RestartSettings;
import io.jenkins.plugins.cmswebbridge.engine.restart.WebBridgeService;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.MmpLogSettings;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.SessionLeakSettings;
import io.jenkins.plugins.cmswebbridge.engine.ssh.SshTimeouts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The resolver of each field, shared by {@code RestartResolver} and the form checks: a value as configured becomes a
 * typed value, or a localized problem without the field's name (the caller knows the field). The defaults and limits
 * come from the engine's constants, but for the wait for hosts another build holds, which only the controller's glue
 * knows ({@link #DEFAULT_LOCK_WAIT_MINUTES}, {@link #MAX_LOCK_WAIT_MINUTES}); {@code null} and {@code 0} mean the
 * default for every number but the retries, where 0 means none.
 */
public final class Fields {

    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final int SHOWN = 80;

    /** The default and the longest wait for hosts another build holds, in minutes. */
    public static final int DEFAULT_LOCK_WAIT_MINUTES = 60;

    public static final int MAX_LOCK_WAIT_MINUTES = 1440;

    private Fields() {}

    /**
     * A typed value, or what is wrong (then the value is {@code null}). A value may also be {@code null} when the
     * field is optional and empty.
     */
    public record Checked<T>(
            @CheckForNull T value, @CheckForNull String problem) {
        public static <T> Checked<T> ok(@Nullable T value) {
            return new Checked<>(value, null);
        }

        public static <T> Checked<T> bad(String problem) {
            return new Checked<>(null, problem);
        }

        /** This value turned into another, or this problem. */
        public <R> Checked<R> map(Function<T, R> f) {
            T v = value;
            return problem != null ? bad(problem) : ok(v == null ? null : f.apply(v));
        }

        /** The next check, on this value; or this problem. */
        public <R> Checked<R> then(Function<T, Checked<R>> next) {
            T v = value;
            return problem != null ? bad(problem) : next.apply(v);
        }

        /** For a form: the problem as an error, or OK. */
        public FormValidation form() {
            return problem == null ? FormValidation.ok() : FormValidation.error(problem);
        }
    }

    /** Checks a number field of a form: the text must be a whole number, then pass {@code check}. */
    public static <R> FormValidation formNumber(@CheckForNull String text, Function<Integer, Checked<R>> check) {
        return number(text).then(check).form();
    }

    /** A text field's value, or its default when it is empty. */
    public static String orDefault(@CheckForNull String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public static boolean unset(@CheckForNull Integer value) {
        return value == null || value == 0;
    }

    /** A number as a form sends it: empty is {@code null}. */
    public static Checked<Integer> number(@CheckForNull String text) {
        if (text == null || text.isBlank()) {
            return Checked.ok(null);
        }
        try {
            return Checked.ok(Integer.valueOf(text.trim()));
        } catch (NumberFormatException e) {
            return Checked.bad(Messages.Problem_NotANumber(Text.clip(text.trim(), SHOWN)));
        }
    }

    public static Checked<String> required(@CheckForNull String value) {
        return value == null || value.isBlank() ? Checked.bad(Messages.Problem_Required()) : Checked.ok(value.trim());
    }

    public static Checked<Integer> port(@CheckForNull Integer value) {
        return range(value, 1, 65535, HostAddress.DEFAULT_SSH_PORT);
    }

    public static Checked<Duration> seconds(@CheckForNull Integer value, Duration fallback) {
        return range(value, 1, (int) RestartSettings.MAX_TIMEOUT.toSeconds(), (int) fallback.toSeconds())
                .map(Duration::ofSeconds);
    }

    public static Checked<Integer> retries(@CheckForNull Integer value) {
        if (value == null) {
            return Checked.ok(RestartSettings.DEFAULT_RETRIES);
        }
        return value >= 0 && value <= RestartSettings.MAX_RETRIES
                ? Checked.ok(value)
                : Checked.bad(
                        Messages.Problem_RetriesRange(RestartSettings.MAX_RETRIES, RestartSettings.DEFAULT_RETRIES));
    }

    public static Checked<Integer> parallelism(@CheckForNull Integer value) {
        return range(value, 1, RestartSettings.MAX_PARALLELISM, RestartSettings.DEFAULT_PARALLELISM);
    }

    public static Checked<HostList> hosts(@CheckForNull String text, int defaultPort) {
        if (text == null || text.isBlank()) {
            return Checked.bad(Messages.Problem_Required());
        }
        return engine(() -> HostListParser.parse(text, defaultPort));
    }

    /**
     * The hosts of a run that {@code only} names, in the run's order; every host named must be in the run's list
     * (compared as the list compares them: host names without case, the default port applied).
     */
    public static Checked<List<HostAddress>> only(@CheckForNull String text, HostList hosts, int defaultPort) {
        if (text == null || text.isBlank()) {
            return Checked.ok(hosts.getHosts());
        }
        Checked<HostList> parsed = engine(() -> HostListParser.parse(text, defaultPort));
        HostList wanted = parsed.value();
        if (wanted == null) {
            return Checked.bad(parsed.problem());
        }
        // HostAddress compares as the host list does (no case, the port applied): sets, not a list scan per host
        Set<HostAddress> inRun = new HashSet<>(hosts.getHosts());
        Set<HostAddress> named = new HashSet<>(wanted.getHosts());
        List<String> missing = new ArrayList<>();
        for (HostAddress host : wanted.getHosts()) {
            if (!inRun.contains(host)) {
                missing.add(host.display());
            }
        }
        if (!missing.isEmpty()) {
            return Checked.bad(Messages.Problem_OnlyNotInRun(missing.size(), EngineProblems.list(missing)));
        }
        return Checked.ok(hosts.getHosts().stream().filter(named::contains).toList());
    }

    public static Checked<WebBridgeService> service(@CheckForNull String value) {
        return value == null || value.isBlank()
                ? Checked.ok(WebBridgeService.WEBBRIDGE)
                : engine(() -> WebBridgeService.fromCommand(value));
    }

    public static Checked<ResultOnFailure> resultOnFailure(@CheckForNull String value) {
        if (value == null || value.isBlank()) {
            return Checked.ok(ResultOnFailure.FAILURE);
        }
        try {
            return Checked.ok(ResultOnFailure.valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Checked.bad(Messages.Problem_Choice(Text.clip(value, SHOWN), "FAILURE, UNSTABLE"));
        }
    }

    public static Checked<ArtifactNames> logFileName(@CheckForNull String value) {
        if (value == null || value.isBlank()) {
            return Checked.ok(ArtifactNames.forLog(RestartLogWriter.DEFAULT_FILE_NAME));
        }
        String name = value.trim();
        if (!SAFE_FILE_NAME.matcher(name).matches() || name.startsWith(".")) {
            return Checked.bad(Messages.Problem_FileName(Text.clip(value, SHOWN)));
        }
        return Checked.ok(ArtifactNames.forLog(name));
    }

    public static Checked<String> logs(@CheckForNull String pattern) {
        String p = pattern == null ? "" : pattern.trim();
        return problem(SessionLeakSettings.patternProblem(p), p);
    }

    /**
     * The session-leak condition's log file on the MMPs, read over SFTP: blank for the default; the connections
     * use the restart's connect timeout.
     */
    public static Checked<MmpLogSettings> mmpLogFile(@CheckForNull String value, Duration connectTimeout) {
        String path = value == null || value.isBlank() ? MmpLogSettings.DEFAULT_REMOTE_PATH : value.trim();
        return problem(MmpLogSettings.pathProblem(path), path)
                .then(p -> engine(() -> MmpLogSettings.builder()
                        .remotePath(p)
                        .timeouts(SshTimeouts.DEFAULT.withConnect(connectTimeout))
                        .build()));
    }

    /** How long a run waits for MMPs that another build is restarting: {@code null} or 0 for the default (an hour). */
    public static Checked<Duration> lockWaitMinutes(@CheckForNull Integer value) {
        return range(value, 1, MAX_LOCK_WAIT_MINUTES, DEFAULT_LOCK_WAIT_MINUTES).map(Duration::ofMinutes);
    }

    /** A threshold of a condition: unset ({@code null} or 0) or between 1 and {@code max}. */
    public static Checked<Integer> threshold(@CheckForNull Integer value, int max) {
        if (unset(value)) {
            return Checked.ok(null);
        }
        return value <= max ? Checked.ok(value) : Checked.bad(Messages.Problem_ThresholdRange(1, max, value));
    }

    public static Checked<Integer> maxCallLegs(@CheckForNull Integer value) {
        return range0(value, ActiveCallsSettings.MAX_CALL_LEGS);
    }

    public static Checked<Duration> waitMinutes(@CheckForNull Integer value) {
        return range0(value, ActiveCallsSettings.MAX_WAIT_MINUTES).map(Duration::ofMinutes);
    }

    public static Checked<Duration> requestTimeout(@CheckForNull Integer value) {
        int max = (int) ActiveCallsSettings.MAX_REQUEST_TIMEOUT.toSeconds();
        int fallback = (int) ActiveCallsSettings.DEFAULT_REQUEST_TIMEOUT.toSeconds();
        return range(value, 1, max, fallback).map(Duration::ofSeconds);
    }

    /** {@code SKIP} (the default) or {@code FAIL}, as whether to fail when calls stay active. */
    public static Checked<Boolean> failWhenBusy(@CheckForNull String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("SKIP")) {
            return Checked.ok(false);
        }
        return value.trim().equalsIgnoreCase("FAIL")
                ? Checked.ok(true)
                : Checked.bad(Messages.Problem_Choice(Text.clip(value, SHOWN), "SKIP, FAIL"));
    }

    public static Checked<String> apis(@CheckForNull String value) {
        String text = value == null ? "" : value;
        return engine(() -> {
            ActiveCallsSettings.parseApis(text);
            return text;
        });
    }

    public static Checked<String> customCa(@CheckForNull String value) {
        String text = value == null ? "" : value.trim();
        return engine(() -> {
            ActiveCallsSettings.parseCustomCa(text);
            return text;
        });
    }

    /** A number between {@code min} and {@code max}; {@code null} and 0 give the fallback. */
    private static Checked<Integer> range(@CheckForNull Integer value, int min, int max, int fallback) {
        if (unset(value)) {
            return Checked.ok(fallback);
        }
        return value >= min && value <= max ? Checked.ok(value) : Checked.bad(Messages.Problem_Range(min, max, value));
    }

    /** A number between 0 and {@code max}; {@code null} is 0. */
    private static Checked<Integer> range0(@CheckForNull Integer value, int max) {
        return value == null ? Checked.ok(0) : range(value, 0, max, 0);
    }

    /** The value, or what the engine says is wrong with it, localized. */
    private static <T> Checked<T> problem(@CheckForNull ValueProblem problem, T value) {
        return problem == null ? Checked.ok(value) : Checked.bad(EngineProblems.text(problem));
    }

    /** A value the engine parses: its {@link IllegalArgumentException} says what is wrong, localized. */
    /** What an engine call gives, or the problem of the value it refused ({@link IllegalArgumentException}). */
    public static <T> Checked<T> engine(Supplier<T> parse) {
        try {
            return Checked.ok(parse.get());
        } catch (IllegalArgumentException e) {
            return Checked.bad(EngineProblems.text(e));
        }
    }
}
