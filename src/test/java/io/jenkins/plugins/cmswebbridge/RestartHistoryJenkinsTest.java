package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import hudson.security.csrf.CrumbIssuer;
import io.jenkins.plugins.cmswebbridge.history.BadgeText;
import io.jenkins.plugins.cmswebbridge.history.HostRow;
import io.jenkins.plugins.cmswebbridge.history.RestartBadgeAction;
import io.jenkins.plugins.cmswebbridge.history.RestartReportAction;
import io.jenkins.plugins.cmswebbridge.history.RestartTrendAction;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsStrategy;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import jakarta.servlet.ServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The history at a glance: a badge per restart run in the build history, and the job page's trend chart, whose model
 * answers as JSON, for freestyle and pipeline jobs.
 */
@WithJenkins
class RestartHistoryJenkinsTest extends MmpsJenkinsTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RestartCmsWebBridgesBuilder builder() {
        RestartCmsWebBridgesBuilder b = new RestartCmsWebBridgesBuilder(mmps.hosts(), JenkinsTestSupport.PASSWORD_ID);
        b.setHostKeyVerification(new KnownHostsStrategy(mmps.knownHosts()));
        return b;
    }

    private static String q(String text) {
        return "'" + text.replace("\n", "\\n") + "'";
    }

    private static RestartBadgeAction badge(Run<?, ?> build) {
        RestartBadgeAction badge = build.getAction(RestartBadgeAction.class);
        assertNotNull(badge, "a badge on " + build);
        assertTrue(build.getBadgeActions().contains(badge), "listed among the build's badges");
        assertNull(build.getDescription(), "the description is the users'");
        return badge;
    }

    /** The build history's entries, as the job page loads them. */
    private String buildHistory(Job<?, ?> job) throws Exception {
        try (JenkinsRule.WebClient wc = r.createWebClient().withJavaScriptEnabled(false)) {
            return wc.goTo(job.getUrl() + "buildHistory/ajax").getWebResponse().getContentAsString();
        }
    }

    /** The trend chart's container on the job page. */
    private void assertTrendOnJobPage(Job<?, ?> job) throws Exception {
        try (JenkinsRule.WebClient wc = r.createWebClient().withJavaScriptEnabled(false)) {
            HtmlPage page = wc.getPage(job);
            DomElement chart = page.querySelector("div.echarts-trend[tool='" + RestartTrendAction.URL_NAME + "']");
            assertNotNull(chart, "the restart trend on the page of " + job);
            assertTrue(page.asNormalizedText().contains("CMS web bridge restarts"), "its title");
        }
    }

    /**
     * The chart's model as echarts-api's JavaScript proxy asks for it: a POST to the action's method with Stapler's
     * proxy content type and the crumb in the headers Jenkins' crumb filter and Stapler read ({@code Jenkins-Crumb},
     * {@code Crumb}), answered with the model's JSON as a JSON string.
     */
    private JsonNode trendModel(Job<?, ?> job) throws Exception {
        WebRequest request = new WebRequest(
                r.getURL()
                        .toURI()
                        .resolve(job.getUrl() + RestartTrendAction.URL_NAME + "/getBuildTrendModel")
                        .toURL(),
                HttpMethod.POST);
        CrumbIssuer crumbs = r.jenkins.getCrumbIssuer();
        String crumb = crumbs.getCrumb((ServletRequest) null);
        request.setAdditionalHeader("Content-Type", "application/x-stapler-method-invocation;charset=UTF-8");
        request.setAdditionalHeader(crumbs.getDescriptor().getCrumbRequestField(), crumb);
        request.setAdditionalHeader("Crumb", crumb);
        request.setRequestBody("[]");
        try (JenkinsRule.WebClient wc = r.createWebClient().withJavaScriptEnabled(false)) {
            WebResponse response = wc.getPage(request).getWebResponse();
            assertEquals(200, response.getStatusCode());
            String model = JSON.readValue(response.getContentAsString(), String.class);
            return JSON.readTree(model);
        }
    }

    /** Each series of a model by its name, as a list of values ({@code null} for a gap). */
    private static Map<String, List<Integer>> series(JsonNode model) {
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (JsonNode line : model.get("series")) {
            List<Integer> values = new ArrayList<>();
            for (JsonNode v : line.get("data")) {
                values.add(v.isNull() ? null : v.asInt());
            }
            byName.put(line.get("name").asText(), values);
        }
        return byName;
    }

    private static List<Integer> buildNumbers(JsonNode model) {
        List<Integer> numbers = new ArrayList<>();
        model.get("buildNumbers").forEach(n -> numbers.add(n.asInt()));
        return numbers;
    }

    @Test
    void freestyleBuildsHaveABadgeAndTheJobATrendThatOutlivesAFailedBuild() throws Exception {
        mmps.start(Fault.NONE);
        mmps.start(Fault.NONE);
        FreeStyleProject p = r.createFreeStyleProject();
        p.getBuildersList().add(builder());
        FreeStyleBuild restarted = r.buildAndAssertSuccess(p);
        assertEquals("restarted 2/2", badge(restarted).getText());
        assertEquals(BadgeText.Kind.RESTARTED, badge(restarted).getKind());

        mmps.start(Fault.FAILURE_OUTPUT);
        p.getBuildersList().replace(builder());
        FreeStyleBuild failed = r.assertBuildStatus(Result.FAILURE, p.scheduleBuild2(0));
        assertEquals("1 of 3 failed", badge(failed).getText());

        String history = buildHistory(p);
        assertTrue(history.contains("restarted 2/2") && history.contains("1 of 3 failed"), history);
        assertTrue(history.contains("jenkins-badge"), history);

        // the last build failed: core's LastBuildAction factory would look at the last successful build only
        assertTrendOnJobPage(p);
        JsonNode model = trendModel(p);
        assertEquals(List.of(1, 2), buildNumbers(model));
        Map<String, List<Integer>> series = series(model);
        assertEquals(List.of("Hosts restarted", "Hosts failed"), List.copyOf(series.keySet()), "no session figures");
        assertEquals(List.of(2, 2), series.get("Hosts restarted"));
        assertEquals(List.of(0, 1), series.get("Hosts failed"));

        r.jenkins.reload();
        FreeStyleProject reloaded = r.jenkins.getItemByFullName(p.getFullName(), FreeStyleProject.class);
        assertEquals("1 of 3 failed", badge(reloaded.getBuildByNumber(2)).getText(), "kept in build.xml");
        assertEquals(List.of(0, 1), series(trendModel(reloaded)).get("Hosts failed"));
    }

    /**
     * A build record written before the report action and its rows moved from the plugin's root package into
     * {@code history}: its XML names them by their old class names, and Jenkins still reads them, through the
     * compatibility aliases the action registers at start-up.
     */
    @Test
    void aBuildRecordWrittenBeforeTheMoveIsReadWithItsRows() throws Exception {
        mmps.start(Fault.NONE);
        FreeStyleProject p = r.createFreeStyleProject();
        p.getBuildersList().add(builder());
        FreeStyleBuild build = r.buildAndAssertSuccess(p);
        java.nio.file.Path xml = build.getRootDir().toPath().resolve("build.xml");
        String written = java.nio.file.Files.readString(xml);
        String now = RestartReportAction.class.getName();
        assertTrue(written.contains("<" + now) && written.contains("<" + HostRow.class.getName()), written);
        String before = written.replace(now, "io.jenkins.plugins.cmswebbridge.RestartReportAction")
                .replace(HostRow.class.getName(), "io.jenkins.plugins.cmswebbridge.HostRow");
        java.nio.file.Files.writeString(xml, before);

        r.jenkins.reload();
        FreeStyleBuild reloaded = r.jenkins
                .getItemByFullName(p.getFullName(), FreeStyleProject.class)
                .getBuildByNumber(build.getNumber());
        RestartReportAction action = reloaded.getAction(RestartReportAction.class);
        assertNotNull(action, "the action of a build record with the old class names");
        assertEquals(1, action.getRows().size());
        assertEquals("RESTARTED", action.getRows().get(0).getOutcome());
        assertEquals("1 of 1 host restarted", action.getSummary());
    }

    @Test
    void aJobThatNeverRestartedHasNoTrend() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        r.buildAndAssertSuccess(p);
        assertNull(p.getAction(RestartTrendAction.class));
        try (JenkinsRule.WebClient wc = r.createWebClient().withJavaScriptEnabled(false)) {
            HtmlPage page = wc.getPage(p);
            assertNull(page.querySelector("div.echarts-trend[tool='" + RestartTrendAction.URL_NAME + "']"));
        }
    }

    @Test
    void pipelineBuildsShowTheLeakAndTheBusiestWebBridgeAgainstTheLimit() throws Exception {
        mmps.start(Fault.NONE);
        String at = Instant.now().minusSeconds(600).toString();
        // leaked = 30 + 50 - 20 = 60, busiest web bridge 50
        String logs = at + " fe1 \"webbridge\": INFO : [DEBUGGING] Stats 30, c:900, d:870\n"
                + at + " fe2 \"webbridge\": INFO : [DEBUGGING] Stats 50, c:700, d:650\n"
                + at + " cb1 host:server: INFO : STATS: {\"callLegs\": \"40/41\", \"CMA\": \"20/22\"}\n";
        WorkflowJob p = r.createProject(WorkflowJob.class);
        String restart = "restartCmsWebBridges hosts: " + q(mmps.hosts()) + ", credentialsId: '"
                + JenkinsTestSupport.PASSWORD_ID + "', hostKeyVerification: knownHosts(" + q(mmps.knownHosts())
                + "), sessionLeak: [logs: 'cms-logs/*', minLeaked: ";
        p.setDefinition(new CpsFlowDefinition(
                "node {\n  writeFile file: 'cms-logs/syslog', text: " + q(logs) + "\n  " + restart + "100]\n}", true));
        WorkflowRun notNeeded = r.buildAndAssertSuccess(p);
        assertEquals("not needed: 60 leaked", badge(notNeeded).getText());
        assertEquals(BadgeText.Kind.NOT_NEEDED, badge(notNeeded).getKind());

        p.setDefinition(new CpsFlowDefinition(
                "node {\n  writeFile file: 'cms-logs/syslog', text: " + q(logs) + "\n  " + restart + "10]\n}", true));
        WorkflowRun restarted = r.buildAndAssertSuccess(p);
        assertEquals("restarted 1/1", badge(restarted).getText());

        // a build that fails before recording anything: the chart stays, from the last successful build
        p.setDefinition(new CpsFlowDefinition("error 'not today'", true));
        r.assertBuildStatus(Result.FAILURE, p.scheduleBuild2(0));

        assertTrue(buildHistory(p).contains("not needed: 60 leaked"));
        assertTrendOnJobPage(p);
        JsonNode model = trendModel(p);
        assertEquals(List.of(1, 2), buildNumbers(model), "the failed build recorded no restart");
        Map<String, List<Integer>> series = series(model);
        assertEquals(
                List.of(
                        "Leaked sessions",
                        "Busiest web bridge",
                        "Session limit (149)",
                        "Hosts restarted",
                        "Hosts failed"),
                List.copyOf(series.keySet()));
        assertEquals(List.of(60, 60), series.get("Leaked sessions"));
        assertEquals(List.of(50, 50), series.get("Busiest web bridge"));
        assertEquals(List.of(149, 149), series.get("Session limit (149)"));
        assertEquals(List.of(0, 1), series.get("Hosts restarted"));
        assertEquals(List.of(0, 0), series.get("Hosts failed"));
        assertFalse(model.get("domainAxisLabels").isEmpty());
    }
}
