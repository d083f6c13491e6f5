package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Descriptor;
import hudson.model.Result;
import hudson.tasks.Builder;
import io.jenkins.plugins.cmswebbridge.history.HostRow;
import io.jenkins.plugins.cmswebbridge.history.RestartReportAction;
import io.jenkins.plugins.cmswebbridge.hostkey.KnownHostsFileStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.ManualKeysStrategy;
import io.jenkins.plugins.cmswebbridge.hostkey.NonVerifyingStrategy;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import io.jenkins.plugins.cmswebbridge.sim.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.structs.SymbolLookup;
import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.jenkinsci.plugins.structs.describable.DescribableParameter;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.Snippetizer;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.LogRecorder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The pipeline step restartCmsWebBridges in declarative and scripted pipelines, against simulated MMPs. */
@WithJenkins
class RestartCmsWebBridgesStepJenkinsTest extends MmpsJenkinsTestSupport {

    private WorkflowJob job(String script) throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class);
        p.setDefinition(new CpsFlowDefinition(script, true));
        return p;
    }

    /** Groovy string literal of a text (the tests' host lists and keys contain no quote or backslash). */
    private static String q(String text) {
        return "'" + text.replace("\n", "\\n") + "'";
    }

    private String arguments() {
        return "hosts: " + q(mmps.hosts()) + ", credentialsId: '" + JenkinsTestSupport.PASSWORD_ID
                + "', hostKeyVerification: knownHosts(" + q(mmps.knownHosts()) + ")";
    }

    /** A step as a pipeline's arguments make it: structs calls the setters of its optional arguments. */
    private static RestartCmsWebBridgesStep step(Map<String, Object> arguments) {
        return DescribableModel.of(RestartCmsWebBridgesStep.class).instantiate(arguments);
    }

    @Test
    void configurationRoundTrip() throws Exception {
        RestartCmsWebBridgesStep before = step(Map.of(
                "hosts",
                "mmp1.example.com\nmmp2.example.com:2222",
                "credentialsId",
                JenkinsTestSupport.PASSWORD_ID,
                "hostKeyVerification",
                new ManualKeysStrategy("mmp1.example.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ"),
                "service",
                "webbridge3",
                "retries",
                2,
                "parallelism",
                4,
                "resultOnFailure",
                "UNSTABLE",
                "dryRun",
                true));
        RestartCmsWebBridgesStep after = new StepConfigTester(r).configRoundTrip(before);
        r.assertEqualDataBoundBeans(before, after);
    }

    @Test
    void declarativePipelineOnANodeReturnsThePerHostResults() throws Exception {
        mmps.start(Fault.NONE);
        mmps.start(Fault.NONE);
        r.createOnlineSlave(r.jenkins.getLabel("cms-mgmt"));
        WorkflowJob p = job("pipeline {\n"
                + "  agent { label 'cms-mgmt' }\n"
                + "  triggers { cron('H 2 * * 6') }\n"
                + "  stages { stage('Restart') { steps { script {\n"
                + "    def results = restartCmsWebBridges " + arguments() + "\n"
                + "    echo \"restarted ${results.count { it.ok }} of ${results.size()}\"\n"
                + "    echo \"first: ${results[0].host}:${results[0].port} ${results[0].outcome} attempts=${results[0].attempts}\"\n"
                + "  } } } }\n"
                + "}");
        WorkflowRun b = r.buildAndAssertSuccess(p);
        r.assertLogContains("restarted 2 of 2", b);
        MmpSimulator first = mmps.simulators().get(0);
        r.assertLogContains("first: " + first.host() + ":" + first.port() + " RESTARTED attempts=1", b);
        JenkinsTestSupport.assertArchived(b, "webbridge_restart_logs.txt");
        assertNotNull(b.getAction(RestartReportAction.class));
    }

    @Test
    void scriptedPipelineUsesTheResultsAndUnstableIsSet() throws Exception {
        mmps.start(Fault.NONE);
        mmps.start(Fault.FAILURE_OUTPUT);
        WorkflowJob p = job("def results = restartCmsWebBridges " + arguments() + ", resultOnFailure: 'UNSTABLE'\n"
                + "def failed = results.findAll { !it.ok }.collect { it.host + ':' + it.port }\n"
                + "echo \"failed: ${failed.size()} ${results[1].outcome}\"\n");
        WorkflowRun b = r.assertBuildStatus(Result.UNSTABLE, p.scheduleBuild2(0));
        r.assertLogContains("failed: 1 FAILED", b);
        JenkinsTestSupport.assertArchived(b, "webbridge_restart_report.json");
    }

    @Test
    void outsideANodeItRunsOnTheControllerAndFailureIsTheDefault() throws Exception {
        mmps.start(Fault.AUTH_FAILURE);
        WorkflowJob p = job("def results = restartCmsWebBridges " + arguments() + "\n"
                + "echo \"still here: ${results[0].outcome}\"\n");
        WorkflowRun b = r.assertBuildStatus(Result.FAILURE, p.scheduleBuild2(0));
        r.assertLogContains("still here: FAILED", b);
        assertEquals(1, mmps.simulators().get(0).connectionsAccepted(), "an authentication failure is never retried");
        r.assertLogNotContains(JenkinsTestSupport.PASSWORD, b);
    }

    @Test
    void abortClosesTheConnectionsAndStillArchivesTheLog() throws Exception {
        MmpSimulator hanging = mmps.start(Fault.HANG_COMMAND);
        mmps.start(Fault.NONE);
        WorkflowJob p = job("node { restartCmsWebBridges " + arguments() + ", commandTimeout: 600 }");
        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        Threads.awaitCommand(hanging, Duration.ofSeconds(60), "the command never reached the MMP");
        long t0 = System.nanoTime();
        b.doStop();
        r.waitForCompletion(b);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(Result.ABORTED, b.getResult());
        assertTrue(millis < 20_000, "abort took " + millis + " ms");
        hanging.awaitNoOpenConnections(Duration.ofSeconds(10));
        JenkinsTestSupport.assertArchived(b, "webbridge_restart_logs.txt");
        RestartReportAction action = b.getAction(RestartReportAction.class);
        assertNotNull(action, "the step records its report before it ends with the abort");
        assertTrue(action.isAborted());
        assertEquals("NOT_RUN", action.getRows().get(1).getOutcome());
        assertFalse(action.isAllOk());
        r.assertLogContains("Build aborted: stopping the restart and closing the connections", b);
        b.reload();
        assertNotNull(b.getAction(RestartReportAction.class), "the report is in build.xml");
    }

    @Test
    void anAbortOnAnAgentStillRecordsTheReport() throws Exception {
        MmpSimulator hanging = mmps.start(Fault.HANG_COMMAND);
        mmps.start(Fault.NONE);
        r.createOnlineSlave(r.jenkins.getLabel("cms-mgmt"));
        WorkflowJob p = job("node('cms-mgmt') { restartCmsWebBridges " + arguments() + ", commandTimeout: 600 }");
        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        Threads.awaitCommand(hanging, Duration.ofSeconds(60), "the command never reached the MMP");
        b.doStop();
        r.waitForCompletion(b);
        assertEquals(Result.ABORTED, b.getResult());
        hanging.awaitNoOpenConnections(Duration.ofSeconds(20));
        RestartReportAction action = b.getAction(RestartReportAction.class);
        assertNotNull(action);
        assertEquals(
                List.of("FAILED", "NOT_RUN"),
                action.getRows().stream().map(HostRow::getOutcome).toList());
        JenkinsTestSupport.assertArchived(b, "webbridge_restart_logs.txt");
    }

    /** An unstable result marks the step's own flow node, as junit does, so the stage does not show green. */
    @Test
    void anUnstableStepMarksItsFlowNode() throws Exception {
        mmps.start(Fault.NONE);
        mmps.start(Fault.FAILURE_OUTPUT);
        WorkflowJob p = job("restartCmsWebBridges " + arguments() + ", resultOnFailure: 'UNSTABLE'");
        WorkflowRun b = r.assertBuildStatus(Result.UNSTABLE, p.scheduleBuild2(0));
        List<WarningAction> warnings = new ArrayList<>();
        for (FlowNode node : new DepthFirstScanner().allNodes(b.getExecution())) {
            WarningAction warning = node.getPersistentAction(WarningAction.class);
            if (warning != null) {
                warnings.add(warning);
            }
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(Result.UNSTABLE, warnings.get(0).getResult());
        assertEquals("1 of 2 hosts restarted, 1 failed", warnings.get(0).getMessage());
    }

    /**
     * Two builds of different jobs on overlapping MMPs: the second waits, naming the first, and the shared MMP sees
     * one whole restart after the other.
     */
    @Test
    void aSecondBuildOnTheSameMmpsWaitsForTheFirstAndNamesIt() throws Exception {
        MmpSimulator shared = mmps.start(MmpSimulator.builder().restartDelay(Duration.ofSeconds(3)));
        WorkflowJob first = job("restartCmsWebBridges " + arguments());
        WorkflowJob second = job("restartCmsWebBridges " + arguments());
        WorkflowRun a = first.scheduleBuild2(0).waitForStart();
        Threads.awaitCommand(shared, Duration.ofSeconds(30), "the first build sends its restart");
        WorkflowRun b = r.buildAndAssertSuccess(second);
        r.assertBuildStatusSuccess(r.waitForCompletion(a));
        r.assertLogContains("Waiting for MMPs that another build is restarting: " + a.getFullDisplayName(), b);
        assertEquals(
                List.of("webbridge restart", "webbridge", "webbridge restart", "webbridge"),
                shared.commands(),
                "one whole restart, then the other");
    }

    /** The Snippet Generator leaves out every unset option; a strategy chosen explicitly is written. */
    @Test
    void theSnippetGeneratorLeavesUnsetOptionsOut() throws Exception {
        SnippetizerTester snippets = new SnippetizerTester(r);
        RestartCmsWebBridgesStep defaults = new RestartCmsWebBridgesStep("mmp1.example.com", "cms-mmp-admin");
        snippets.assertRoundTrip(
                defaults, "restartCmsWebBridges credentialsId: 'cms-mmp-admin', hosts: 'mmp1.example.com'");
        RestartCmsWebBridgesStep explicitDefault = step(Map.of(
                "hosts", "mmp1.example.com",
                "credentialsId", "cms-mmp-admin",
                "hostKeyVerification", new KnownHostsFileStrategy("~/.ssh/known_hosts")));
        // a strategy chosen explicitly, even the default one, is written: it overrides a deployment's
        assertEquals(
                "restartCmsWebBridges credentialsId: 'cms-mmp-admin', hostKeyVerification:"
                        + " knownHostsFile('~/.ssh/known_hosts'), hosts: 'mmp1.example.com'",
                Snippetizer.object2Groovy(explicitDefault));
        RestartCmsWebBridgesStep other = step(Map.of(
                "hosts",
                "mmp1.example.com",
                "credentialsId",
                "cms-mmp-admin",
                "hostKeyVerification",
                new NonVerifyingStrategy(),
                "retries",
                0));
        snippets.assertRoundTrip(
                other,
                "restartCmsWebBridges credentialsId: 'cms-mmp-admin', hostKeyVerification: nonVerifying(), hosts:"
                        + " 'mmp1.example.com', retries: 0");
        SnippetizerTester.assertDocGeneration(RestartCmsWebBridgesStep.class);
        SnippetizerTester.assertDocGeneration(SessionReportStep.class);
    }

    /**
     * workflow-cps {@code Snippetizer.getQuasiDescriptors}, which fills both the Snippet Generator's list and the Steps
     * Reference, lists each pipeline step under its function name and the freestyle build step (which the {@code step}
     * metastep runs) under its first symbol; each snippet is written under that name. The build step's former name is
     * still one of its symbols (for Job DSL), but a pipeline finds the step of that name first.
     */
    @Test
    void thePipelineSyntaxPagesListTheStepUnderItsNameAndTheBuildStepUnderItsOwn() throws Exception {
        Map<String, Descriptor<?>> listed = new HashMap<>();
        for (Snippetizer.QuasiDescriptor d : new Snippetizer().getQuasiDescriptors(false)) {
            listed.put(d.getSymbol(), d.real);
        }
        assertSame(
                r.jenkins.getDescriptorByType(RestartCmsWebBridgesStep.DescriptorImpl.class),
                listed.get("restartCmsWebBridges"));
        assertSame(
                r.jenkins.getDescriptorByType(RestartFormDescriptor.class), listed.get("restartCmsWebBridgesBuilder"));
        assertSame(
                r.jenkins.getDescriptorByType(SessionReportStep.DescriptorImpl.class),
                listed.get("cmsWebBridgeSessionReport"));

        SnippetizerTester snippets = new SnippetizerTester(r);
        snippets.assertGenerateSnippet(
                "{'stapler-class': '" + RestartCmsWebBridgesBuilder.class.getName()
                        + "', 'hosts': 'mmp1.example.com', 'credentialsId': 'cms-mmp-admin'}",
                "restartCmsWebBridgesBuilder credentialsId: 'cms-mmp-admin', hosts: 'mmp1.example.com'",
                null);
        assertSame(
                r.jenkins.getDescriptorByType(RestartFormDescriptor.class),
                SymbolLookup.get().findDescriptor(Builder.class, "restartCmsWebBridges"));
        snippets.assertParseStep(
                new RestartCmsWebBridgesStep("mmp1.example.com", "cms-mmp-admin"),
                "restartCmsWebBridges hosts: 'mmp1.example.com', credentialsId: 'cms-mmp-admin'");
    }

    /**
     * The Steps Reference ({@code Snippetizer/html.groovy}) shows, under the step's name, structs' help of the step
     * (its {@code help.html}, with the list it returns) and of each parameter ({@code help-<name>.html}).
     */
    @Test
    void theStepsReferenceDescribesTheStepEachParameterAndWhatItReturns() throws Exception {
        DescribableModel<RestartCmsWebBridgesStep> model = DescribableModel.of(RestartCmsWebBridgesStep.class);
        for (DescribableParameter parameter : model.getParameters()) {
            assertNotNull(parameter.getHelp(), parameter.getName());
        }
        HtmlPage page = r.createWebClient().goTo(Snippetizer.ACTION_URL + "/html");
        DomElement step = page.getFirstByXPath("//dt[code='restartCmsWebBridges']/following-sibling::dd[1]");
        assertNotNull(step, "the step is listed under its function name");
        String text = step.getTextContent();
        assertTrue(text.contains("What it returns."), text);
        assertTrue(text.contains("durationMillis"), text);
        assertTrue(text.contains("hosts: env.MMP_HOSTS"), "the step's own help of hosts: " + text);
        assertFalse(text.contains("Run it from a job with a cron trigger"), "not the build step's help: " + text);
        DomElement buildStep =
                page.getFirstByXPath("//dt[code='restartCmsWebBridgesBuilder']/following-sibling::dd[1]");
        assertNotNull(buildStep, "the build step is listed under its own name");
        assertTrue(buildStep.getTextContent().contains("In a pipeline, use the step"));
    }

    /** The snippet written for the build step runs it through the {@code step} metastep, which needs a workspace. */
    @Test
    void theBuildStepRunsInAPipelineUnderItsOwnNameInsideANode() throws Exception {
        mmps.start(Fault.NONE);
        WorkflowRun b = r.buildAndAssertSuccess(job("node { restartCmsWebBridgesBuilder " + arguments() + " }"));
        RestartReportAction action = b.getAction(RestartReportAction.class);
        assertNotNull(action);
        assertEquals(
                List.of("RESTARTED"),
                action.getRows().stream().map(HostRow::getOutcome).toList());
    }

    /**
     * The Snippet Generator binds a step's form with Stapler ({@code Descriptor.newInstance}), whose
     * {@code RequestImpl.injectSetters} logs a warning for every non-public {@code @DataBoundSetter} field it has to
     * force open; both steps take their options through public setters, so it logs none.
     */
    @Test
    void theSnippetGeneratorBindsBothStepFormsWithoutAWarning() throws Exception {
        SnippetizerTester snippets = new SnippetizerTester(r);
        try (LogRecorder stapler = new LogRecorder()
                .record("org.kohsuke.stapler.RequestImpl", Level.WARNING)
                .capture(50)) {
            snippets.assertGenerateSnippet(
                    "{'stapler-class': '" + RestartCmsWebBridgesStep.class.getName()
                            + "', 'hosts': 'mmp1.example.com', 'credentialsId': 'cms-mmp-admin', 'retries': 0}",
                    "restartCmsWebBridges credentialsId: 'cms-mmp-admin', hosts: 'mmp1.example.com', retries: 0",
                    null);
            snippets.assertGenerateSnippet(
                    "{'stapler-class': '" + SessionReportStep.class.getName() + "', 'deployment': 'prod'}",
                    "cmsWebBridgeSessionReport deployment: 'prod'",
                    null);
            assertEquals(List.of(), stapler.getMessages());
        }
    }
}
