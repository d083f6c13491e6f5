package io.jenkins.plugins.cmswebbridge.fields;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.cmswebbridge.engine.problem.Text;
import io.jenkins.plugins.cmswebbridge.engine.sessionleak.forecast.ForecastRule;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resolvers of the session-leak condition's forecast fields, {@code horizon} and {@code margin}, shared by the
 * resolve step and the form checks as {@link Fields}' are.
 */
public final class ForecastFields {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,4})\\s*([hdw])");
    private static final int SHOWN = 40;

    private ForecastFields() {}

    /**
     * How far ahead the forecast looks: hours, days or weeks ({@code 36h}, {@code 7d}, {@code 2w}), from
     * {@link ForecastRule#MIN_HORIZON} to {@link ForecastRule#MAX_HORIZON}; {@code null} when empty (the time until
     * the job's next scheduled run, or else {@link ForecastRule#DEFAULT_HORIZON}).
     */
    public static Fields.Checked<Duration> horizon(@CheckForNull String value) {
        if (value == null || value.isBlank()) {
            return Fields.Checked.ok(null);
        }
        String text = value.trim().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(text);
        long max = ForecastRule.MAX_HORIZON.toDays();
        if (!m.matches()) {
            return Fields.Checked.bad(Messages.Problem_Horizon(Text.clip(value.trim(), SHOWN), max));
        }
        long n = Long.parseLong(m.group(1));
        Duration d =
                switch (m.group(2)) {
                    case "h" -> Duration.ofHours(n);
                    case "d" -> Duration.ofDays(n);
                    default -> Duration.ofDays(7 * n);
                };
        return d.compareTo(ForecastRule.MIN_HORIZON) < 0 || d.compareTo(ForecastRule.MAX_HORIZON) > 0
                ? Fields.Checked.bad(Messages.Problem_Horizon(Text.clip(value.trim(), SHOWN), max))
                : Fields.Checked.ok(d);
    }

    /** Sessions below 149 that count as reaching it: 0 to {@link ForecastRule#MAX_MARGIN}; empty for the default. */
    public static Fields.Checked<Integer> margin(@CheckForNull Integer value) {
        if (value == null) {
            return Fields.Checked.ok(ForecastRule.DEFAULT_MARGIN);
        }
        return value >= 0 && value <= ForecastRule.MAX_MARGIN
                ? Fields.Checked.ok(value)
                : Fields.Checked.bad(
                        Messages.Problem_Margin(ForecastRule.MAX_MARGIN, ForecastRule.DEFAULT_MARGIN, value));
    }
}
