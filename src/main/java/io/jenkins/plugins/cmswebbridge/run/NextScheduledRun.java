package io.jenkins.plugins.cmswebbridge.run;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Job;
import hudson.scheduler.CronTab;
import hudson.scheduler.CronTabList;
import hudson.scheduler.Hash;
import hudson.triggers.TimerTrigger;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import jenkins.model.ParameterizedJobMixIn;

/**
 * The time until a job's next scheduled run, from its timer trigger (<em>Build periodically</em> in a freestyle job,
 * {@code cron} in a pipeline's {@code triggers}), for the session-leak forecast's horizon. Computed as core's
 * {@code CronTabList.next()} does (it is restricted to core, so not called): each line of the spec is a
 * {@link CronTab} hashed with the job's full name, as {@code Trigger.start} makes it, after a first {@code TZ=} line
 * if there is one; the next run is the earliest {@code ceil} of a calendar in that tab's time zone. Runs on the
 * controller.
 */
final class NextScheduledRun {

    private NextScheduledRun() {}

    /**
     * @param now the time of this run; its own scheduled minute is not the next run
     * @return the time until the next run, or {@code null} when the job has no timer trigger or it never fires
     */
    @CheckForNull
    static Duration until(Job<?, ?> job, Instant now) {
        TimerTrigger timer = ParameterizedJobMixIn.getTrigger(job, TimerTrigger.class);
        if (timer == null || timer.getSpec() == null) {
            return null;
        }
        Instant next = next(timer.getSpec(), Hash.from(job.getFullName()), now.plusSeconds(60));
        return next == null ? null : Duration.between(now, next);
    }

    /** The earliest time at or after {@code from} that the spec's lines match, or {@code null}. */
    @CheckForNull
    static Instant next(String spec, Hash hash, Instant from) {
        String timezone = null;
        Instant earliest = null;
        int lineNumber = 0;
        for (String line : spec.split("\\r?\\n")) {
            lineNumber++;
            line = line.trim();
            if (lineNumber == 1 && line.startsWith("TZ=")) {
                timezone = CronTabList.getValidTimezone(line.substring("TZ=".length()));
                if (timezone == null) {
                    return null;
                }
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Instant at = ceil(line, lineNumber, hash, timezone, from);
            if (at != null && (earliest == null || at.isBefore(earliest))) {
                earliest = at;
            }
        }
        return earliest;
    }

    @CheckForNull
    private static Instant ceil(String line, int lineNumber, Hash hash, @CheckForNull String timezone, Instant from) {
        try {
            CronTab tab = new CronTab(line, lineNumber, hash, timezone);
            Calendar cal = tab.getTimeZone() == null ? Calendar.getInstance() : Calendar.getInstance(tab.getTimeZone());
            cal.setTimeInMillis(from.toEpochMilli());
            return tab.ceil(cal).toInstant();
        } catch (RuntimeException e) { // a line core refused to save, or a date too rare to come within two years
            return null;
        }
    }
}
