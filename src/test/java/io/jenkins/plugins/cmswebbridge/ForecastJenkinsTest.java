package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.scheduler.CronTab;
import hudson.scheduler.Hash;
import hudson.triggers.TimerTrigger;
import io.jenkins.plugins.cmswebbridge.conditions.SessionLeakCondition;
import io.jenkins.plugins.cmswebbridge.history.RestartBadgeAction;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.SyslogFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The session-leak condition deciding from the forecast in a real Jenkins: the horizon that defaults to the time
 * until the job's next scheduled run, read from its timer trigger as core schedules it (a {@code CronTab} hashed with
 * the job's full name), for a freestyle job and for a declarative pipeline's {@code triggers}.
 */
@WithJenkins
class ForecastJenkinsTest extends MmpsJenkinsTestSupport {

    private static final String SCHEDULE = "H 2 * * 6";
    private static final Pattern HORIZON =
            Pattern.compile("within (\\d+(?:\\.\\d)?) d \\(until the next scheduled run\\)");

    /**
     * Nine days of hourly readings of one web bridge that leaks 2 sessions a day, up to 30 guests at 13:00 UTC, the
     * newest ten minutes ago: 149 is weeks away.
     */
    private static String slowLeak() {
        return String.join("\n", SyslogFixtures.leaking("fe1", Instant.now().minusSeconds(600), 9, 20, 2, 30)) + "\n";
    }

    /** Days until the next run of {@link #SCHEDULE} for this job, as core computes it. */
    private static double daysUntilNextRun(String fullName) {
        Calendar next = new CronTab(SCHEDULE, 1, Hash.from(fullName), null).ceil(Calendar.getInstance());
        return Duration.between(Instant.now(), next.toInstant()).toSeconds() / 86_400.0;
    }

    private static double horizonIn(String log) {
        Matcher m = HORIZON.matcher(log);
        assertTrue(m.find(), log);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aFreestyleJobWithATimerLooksAheadUntilItsNextRun() throws Exception {
        MmpSimulator mmp = mmps.start(Fault.NONE);
        FreeStyleProject p = r.createFreeStyleProject("nightly-restart");
        p.addTrigger(new TimerTrigger(SCHEDULE));
        RestartCmsWebBridgesBuilder b = new RestartCmsWebBridgesBuilder(mmps.hosts(), JenkinsTestSupport.PASSWORD_ID);
        b.setHostKeyVerification(new KnownHostsStrategy(mmps.knownHosts()));
        SessionLeakCondition leak = new SessionLeakCondition("cms-logs/syslog");
        leak.setForecast(true);
        b.setSessionLeak(leak);
        p.getBuildersList().add(b);
        r.jenkins.getWorkspaceFor(p).child("cms-logs/syslog").write(slowLeak(), "UTF-8");

        FreeStyleBuild build = r.buildAndAssertSuccess(p);
        String log = build.getLog();
        assertTrue(log.contains("restart not needed: forecast: no web bridge reaches 139 within "), log);
        assertEquals(daysUntilNextRun(p.getFullName()), horizonIn(log), 0.15);
        assertTrue(log.contains("  fe1: +2.0 sessions a day; 149 in ~"), log);
        assertEquals(List.of(), mmp.commands());
        String badge = build.getAction(RestartBadgeAction.class).getText();
        assertTrue(badge.matches("not needed: 149 in ~\\d+ d"), badge);
    }

    @Test
    void aDeclarativePipelineWithACronTriggerLooksAheadUntilItsNextRun() throws Exception {
        mmps.start(Fault.NONE);
        WorkflowJob p = r.createProject(WorkflowJob.class, "nightly-pipeline");
        p.setDefinition(new CpsFlowDefinition(
                "pipeline {\n"
                        + "  agent any\n"
                        + "  triggers { cron('" + SCHEDULE + "') }\n"
                        + "  stages { stage('Restart') { steps {\n"
                        + "    writeFile file: 'cms-logs/syslog', text: '''" + slowLeak() + "'''\n"
                        + "    restartCmsWebBridges hosts: '''" + mmps.hosts() + "''', credentialsId: '"
                        + JenkinsTestSupport.PASSWORD_ID + "', hostKeyVerification: knownHosts('''" + mmps.knownHosts()
                        + "'''), sessionLeak: sessionLeak(logs: 'cms-logs/syslog', forecast: true, margin: 5)\n"
                        + "  } } }\n"
                        + "}",
                true));
        WorkflowRun b = r.buildAndAssertSuccess(p);
        String log = b.getLog();
        assertTrue(log.contains("restart not needed: forecast: no web bridge reaches 144 within "), log);
        assertEquals(daysUntilNextRun(p.getFullName()), horizonIn(log), 0.15);
        r.assertBuildStatus(Result.SUCCESS, b);
    }
}
