package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCheck;
import java.net.URL;
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

    private RestartCmsWebBridgesBuilder.DescriptorImpl descriptor() {
        return r.jenkins.getDescriptorByType(RestartCmsWebBridgesBuilder.DescriptorImpl.class);
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

    private int status(JenkinsRule.WebClient wc, HttpMethod method, String path) throws Exception {
        wc.setThrowExceptionOnFailingStatusCode(false);
        WebRequest request = new WebRequest(new URL(r.getURL(), path), method);
        if (method == HttpMethod.POST) {
            wc.addCrumb(request);
        }
        return wc.getPage(request).getWebResponse().getStatusCode();
    }

    @Test
    void testConnectionIsPostOnlyAndNeedsConfigure() throws Exception {
        String path = "job/restart/descriptorByName/io.jenkins.plugins.cmswebbridge.hostkey.NonVerifyingStrategy/"
                + "testConnection?hosts=127.0.0.1:1&credentialsId=" + JenkinsTestSupport.PASSWORD_ID;
        assertEquals(405, status(r.createWebClient().login("admin"), HttpMethod.GET, path), "GET is refused");
        assertEquals(403, status(r.createWebClient().login("reader"), HttpMethod.POST, path), "READ is not enough");
        assertEquals(200, status(r.createWebClient().login("configurer"), HttpMethod.POST, path));
    }

    @Test
    void credentialsListingIsPostOnly() throws Exception {
        String path = "job/restart/descriptorByName/io.jenkins.plugins.cmswebbridge.RestartCmsWebBridgesBuilder/"
                + "fillCredentialsIdItems";
        assertEquals(405, status(r.createWebClient().login("admin"), HttpMethod.GET, path));
        String check = "job/restart/descriptorByName/io.jenkins.plugins.cmswebbridge.RestartCmsWebBridgesBuilder/"
                + "checkCredentialsId?value=x";
        assertEquals(405, status(r.createWebClient().login("admin"), HttpMethod.GET, check));
    }

    @Test
    void theApiCredentialsListIsPostOnlyAndHiddenFromReaders() throws Exception {
        String base = "job/restart/descriptorByName/io.jenkins.plugins.cmswebbridge.conditions.ActiveCallsCheck/";
        assertEquals(405, status(r.createWebClient().login("admin"), HttpMethod.GET, base + "fillCredentialsIdItems"));
        assertEquals(
                405, status(r.createWebClient().login("admin"), HttpMethod.GET, base + "checkCredentialsId?value=x"));
        ActiveCallsCheck.DescriptorImpl calls = r.jenkins.getDescriptorByType(ActiveCallsCheck.DescriptorImpl.class);
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
