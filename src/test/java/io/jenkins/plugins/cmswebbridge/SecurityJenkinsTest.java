package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition;
import io.jenkins.plugins.cmswebbridge.sim.Fault;
import io.jenkins.plugins.cmswebbridge.sim.MmpSimulator;
import java.net.URL;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Form methods that touch credentials or the network: POST only, and only for users who may configure
 * the job. A user who can only read the job cannot list the credentials, cannot probe which ids exist
 * and cannot make Jenkins connect anywhere.
 */
@WithJenkins
class SecurityJenkinsTest {

    private JenkinsRule r;
    private FreeStyleProject project;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        r = rule;
        JenkinsTestSupport.addPasswordCredentials();
        project = r.createFreeStyleProject("restart");
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin")
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("reader")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE)
                .everywhere()
                .to("configurer"));
    }

    private RestartFormDescriptor descriptor() {
        return r.jenkins.getDescriptorByType(RestartFormDescriptor.class);
    }

    @Test
    void onlyUsersWhoMayConfigureTheJobSeeTheCredentials() {
        try (ACLContext ignored = ACL.as2(User.getById("reader", true).impersonate2())) {
            ListBoxModel items = descriptor().doFillCredentialsIdItems(project, "");
            assertTrue(items.stream().noneMatch(o -> o.value.equals(JenkinsTestSupport.PASSWORD_ID)), items.toString());
            FormValidation check = descriptor().doCheckCredentialsId(project, "does-not-exist");
            assertEquals(FormValidation.Kind.OK, check.kind, "no answer that would tell which ids exist");
        }
        try (ACLContext ignored = ACL.as2(User.getById("configurer", true).impersonate2())) {
            ListBoxModel items = descriptor().doFillCredentialsIdItems(project, "");
            assertTrue(items.stream().anyMatch(o -> o.value.equals(JenkinsTestSupport.PASSWORD_ID)), items.toString());
            assertEquals(FormValidation.Kind.ERROR, descriptor().doCheckCredentialsId(project, "does-not-exist").kind);
            assertEquals(
                    FormValidation.Kind.OK,
                    descriptor().doCheckCredentialsId(project, JenkinsTestSupport.PASSWORD_ID).kind);
        }
    }

    /** The answer to a request: its status and its text. */
    private record Answer(int status, String text) {}

    private Answer request(JenkinsRule.WebClient wc, HttpMethod method, String path, boolean crumb) throws Exception {
        wc.setThrowExceptionOnFailingStatusCode(false);
        WebRequest request = new WebRequest(new URL(r.getURL(), path), method);
        if (crumb) {
            wc.addCrumb(request);
        }
        var response = wc.getPage(request).getWebResponse();
        return new Answer(response.getStatusCode(), response.getContentAsString());
    }

    private int status(JenkinsRule.WebClient wc, HttpMethod method, String path) throws Exception {
        return request(wc, method, path, method == HttpMethod.POST).status();
    }

    private static final String STRATEGIES = "job/restart/descriptorByName/io.jenkins.plugins.cmswebbridge.hostkey.";

    /**
     * A GET on a {@code @POST} method is not dispatched to it: Stapler's HttpVerbInterceptor cancels the dispatch
     * and, with no other route for the URL, Stapler answers 404 (only {@code @RequirePOST} answers 405).
     */
    @Test
    void testConnectionIsPostOnlyAndNeedsConfigure() throws Exception {
        try (JenkinsTestSupport mmps = new JenkinsTestSupport()) {
            MmpSimulator sim = mmps.start(Fault.NONE);
            String path = STRATEGIES + "NonVerifyingStrategy/testConnection?hosts=" + sim.host() + ":" + sim.port()
                    + "&credentialsId=" + JenkinsTestSupport.PASSWORD_ID;
            assertEquals(
                    404, status(r.createWebClient().login("admin"), HttpMethod.GET, path), "GET is not dispatched");
            assertEquals(
                    403,
                    request(r.createWebClient().login("admin"), HttpMethod.POST, path, false)
                            .status(),
                    "no crumb, no dispatch");
            assertEquals(403, status(r.createWebClient(), HttpMethod.POST, path), "anonymous");
            assertEquals(403, status(r.createWebClient().login("reader"), HttpMethod.POST, path), "READ is not enough");
            assertEquals(0, sim.connectionsAccepted(), "none of these requests made Jenkins connect");
            Answer ok = request(r.createWebClient().login("configurer"), HttpMethod.POST, path, true);
            assertEquals(200, ok.status());
            assertTrue(ok.text().contains("CHECKED"), ok.text());
            assertEquals(1, sim.connectionsAccepted());
            assertEquals(List.of("webbridge"), sim.commands(), "Test connection restarts nothing");
        }
    }

    @Test
    void testConnectionWithoutAJobNeedsAdminister() throws Exception {
        String path = "descriptorByName/io.jenkins.plugins.cmswebbridge.hostkey.NonVerifyingStrategy/testConnection"
                + "?hosts=127.0.0.1:1&credentialsId=" + JenkinsTestSupport.PASSWORD_ID;
        assertEquals(403, status(r.createWebClient().login("configurer"), HttpMethod.POST, path));
        assertEquals(200, status(r.createWebClient().login("admin"), HttpMethod.POST, path));
    }

    @Test
    void aKnownHostsFileIsReadOnTheControllerOnlyForAdministrators() throws Exception {
        String path = STRATEGIES + "KnownHostsFileStrategy/testConnection?hosts=127.0.0.1:1&credentialsId="
                + JenkinsTestSupport.PASSWORD_ID + "&path=/etc/passwd";
        Answer configurer = request(r.createWebClient().login("configurer"), HttpMethod.POST, path, true);
        assertEquals(200, configurer.status());
        assertTrue(
                configurer.text().contains("paste the known hosts into the job, or test with a dry run on the agent"),
                configurer.text());
        assertFalse(configurer.text().contains("root:"), "nothing of the file comes back");
        Answer admin = request(r.createWebClient().login("admin"), HttpMethod.POST, path, true);
        assertFalse(admin.text().contains("root:"), "not even for an administrator: " + admin.text());
        assertTrue(admin.text().contains("line 1"), admin.text());
    }

    /**
     * The build step's form and a deployment's share these web methods (default methods of {@code MmpFields}), so
     * both descriptors are asked the same: Stapler must find each method in the interface with its {@code @POST}.
     */
    private static final List<String> MMP_FIELDS_FORMS = List.of(
            "job/restart/descriptorByName/io.jenkins.plugins.cmswebbridge.RestartCmsWebBridgesBuilder/",
            "job/restart/descriptorByName/io.jenkins.plugins.cmswebbridge.deployments.CmsDeployment/");

    @Test
    void credentialsListingIsPostOnly() throws Exception {
        for (String form : MMP_FIELDS_FORMS) {
            String path = form + "fillCredentialsIdItems";
            assertEquals(404, status(r.createWebClient().login("admin"), HttpMethod.GET, path), path);
            String check = form + "checkCredentialsId?value=x";
            assertEquals(404, status(r.createWebClient().login("admin"), HttpMethod.GET, check), check);
            Answer reader = request(r.createWebClient().login("reader"), HttpMethod.POST, path, true);
            assertEquals(200, reader.status(), path);
            assertFalse(reader.text().contains(JenkinsTestSupport.PASSWORD_ID), "a reader sees no credentials id");
            Answer configurer = request(r.createWebClient().login("configurer"), HttpMethod.POST, path, true);
            assertTrue(configurer.text().contains(JenkinsTestSupport.PASSWORD_ID), configurer.text());
        }
    }

    @Test
    void theHostListCheckIsPostOnlyAndAnswersOnlyToConfigurers() throws Exception {
        for (String form : MMP_FIELDS_FORMS) {
            String path = form + "checkHosts?value=bad;host";
            assertEquals(404, status(r.createWebClient().login("admin"), HttpMethod.GET, path), path);
            Answer reader = request(r.createWebClient().login("reader"), HttpMethod.POST, path, true);
            assertFalse(reader.text().contains("metacharacter"), reader.text());
            Answer configurer = request(r.createWebClient().login("configurer"), HttpMethod.POST, path, true);
            assertTrue(configurer.text().contains("metacharacter"), configurer.text());
        }
    }

    @Test
    void theApiCredentialsListIsPostOnlyAndHiddenFromReaders() throws Exception {
        String base = "job/restart/descriptorByName/io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCondition/";
        assertEquals(404, status(r.createWebClient().login("admin"), HttpMethod.GET, base + "fillCredentialsIdItems"));
        assertEquals(
                404, status(r.createWebClient().login("admin"), HttpMethod.GET, base + "checkCredentialsId?value=x"));
        ActiveCallsCondition.DescriptorImpl calls =
                r.jenkins.getDescriptorByType(ActiveCallsCondition.DescriptorImpl.class);
        try (ACLContext ignored = ACL.as2(User.getById("reader", true).impersonate2())) {
            ListBoxModel items = calls.doFillCredentialsIdItems(project, "");
            assertTrue(items.stream().noneMatch(o -> o.value.equals(JenkinsTestSupport.PASSWORD_ID)), items.toString());
            assertEquals(FormValidation.Kind.OK, calls.doCheckCredentialsId(project, "does-not-exist").kind);
        }
        try (ACLContext ignored = ACL.as2(User.getById("configurer", true).impersonate2())) {
            ListBoxModel items = calls.doFillCredentialsIdItems(project, "");
            assertTrue(
                    items.stream().anyMatch(o -> o.value.equals(JenkinsTestSupport.PASSWORD_ID)),
                    "username/password credentials are listed for the API user: " + items);
            assertEquals(FormValidation.Kind.ERROR, calls.doCheckCredentialsId(project, "does-not-exist").kind);
        }
    }
}
